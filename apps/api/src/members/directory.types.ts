import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LeaderType, PairingStatus } from '#libs/members';
import { PageInfo } from '../graphql/connection.js';
import { MemberType } from './member.type.js';

registerEnumType(PairingStatus, { name: 'PairingStatus' });

@InputType()
export class MemberFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Names (typos forgiven), handles, headlines, organisations, job titles, bios.',
  })
  text?: string | null;

  @Field(() => [String], { nullable: true, description: 'Region codes; a member in any of them matches.' })
  regions?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Topic slugs; a member with any of them matches.' })
  topics?: string[] | null;

  @Field(() => [LeaderType], { nullable: true })
  leaderTypes?: LeaderType[] | null;

  @Field(() => [ID], { nullable: true })
  cohortIds?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  openToPairing?: boolean | null;
}

@ObjectType()
export class FacetCount {
  @Field({ description: 'A region code, topic slug or leader type.' })
  value!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description: 'How many members match for each value, counting every filter but the facet’s own.',
})
export class MemberFacets {
  @Field(() => [FacetCount])
  regions!: FacetCount[];

  @Field(() => [FacetCount])
  topics!: FacetCount[];

  @Field(() => [FacetCount])
  leaderTypes!: FacetCount[];
}

@ObjectType()
export class MemberEdge {
  @Field()
  cursor!: string;

  @Field(() => MemberType)
  node!: MemberType;
}

@ObjectType()
export class MemberConnection {
  @Field(() => [MemberEdge])
  edges!: MemberEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;

  @Field(() => MemberFacets)
  facets!: MemberFacets;
}

@ObjectType()
export class PeerSuggestion {
  @Field(() => MemberType)
  member!: MemberType;

  @Field(() => Float)
  score!: number;

  @Field(() => [String], { description: 'Why this member is suggested, in plain words.' })
  reasons!: string[];
}

@ObjectType('PairingRequest')
export class PairingRequestType {
  @Field(() => ID)
  id!: string;

  requesterId!: string;
  recipientId!: string;

  @Field(() => String, { nullable: true })
  message!: string | null;

  @Field(() => PairingStatus)
  status!: PairingStatus;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  respondedAt!: Date | null;
}
