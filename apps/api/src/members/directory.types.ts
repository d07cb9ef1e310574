import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LeaderType, PairingStatus } from '#libs/members';
import { PageInfo } from '../graphql/connection.js';
import { MemberType } from './member.type.js';

registerEnumType(PairingStatus, {
  name: 'PairingStatus',
  description: 'Where a pairing request stands.',
  valuesMap: {
    PENDING: { description: 'Waiting for the recipient to answer.' },
    ACCEPTED: { description: 'The two are a collaborative pair.' },
    DECLINED: { description: 'The recipient said no.' },
  },
});

@InputType({ description: 'Narrows the directory; every filter given must match.' })
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

  @Field(() => [LeaderType], {
    nullable: true,
    description: 'A member of any of these leader types matches.',
  })
  leaderTypes?: LeaderType[] | null;

  @Field(() => [ID], { nullable: true, description: 'Cohort ids; a member of any of them matches.' })
  cohortIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only members open to pairing.' })
  openToPairing?: boolean | null;
}

@ObjectType({ description: 'One value of a facet and how many members have it.' })
export class FacetCount {
  @Field({ description: 'A region code, topic slug or leader type.' })
  value!: string;

  @Field(() => Int, { description: 'How many matching members have this value.' })
  count!: number;
}

@ObjectType({
  description: 'How many members match for each value, counting every filter but the facet’s own.',
})
export class MemberFacets {
  @Field(() => [FacetCount], { description: 'Counts by region code.' })
  regions!: FacetCount[];

  @Field(() => [FacetCount], { description: 'Counts by topic slug.' })
  topics!: FacetCount[];

  @Field(() => [FacetCount], { description: 'Counts by leader type.' })
  leaderTypes!: FacetCount[];
}

@ObjectType({ description: 'One member in the directory.' })
export class MemberEdge {
  @Field({ description: 'Opaque; pass it as `after` to read on from here.' })
  cursor!: string;

  @Field(() => MemberType, { description: 'The member.' })
  node!: MemberType;
}

@ObjectType({ description: 'A page of the directory.' })
export class MemberConnection {
  @Field(() => [MemberEdge], { description: 'The members on this page.' })
  edges!: MemberEdge[];

  @Field(() => PageInfo, { description: 'Whether there are more pages, and where this one starts and ends.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many members match, on every page.' })
  totalCount!: number;

  @Field(() => MemberFacets, {
    description: 'How many matching members have each region, topic and leader type.',
  })
  facets!: MemberFacets;
}

@ObjectType({ description: 'A member you might pair with.' })
export class PeerSuggestion {
  @Field(() => MemberType, { description: 'The suggested member.' })
  member!: MemberType;

  @Field(() => Float, {
    description: 'How well you match; higher is better. Only for ordering: the scale may change.',
  })
  score!: number;

  @Field(() => [String], { description: 'Why this member is suggested, in plain words.' })
  reasons!: string[];
}

@ObjectType('PairingRequest', {
  description: 'One member asking another to be their collaborative pair; seen only by the two of them.',
})
export class PairingRequestType {
  @Field(() => ID, { description: "The request's identifier, for `respondToPairing`." })
  id!: string;

  requesterId!: string;
  recipientId!: string;

  @Field(() => String, { nullable: true, description: 'What the requester wrote; null when nothing.' })
  message!: string | null;

  @Field(() => PairingStatus, { description: 'Where the request stands.' })
  status!: PairingStatus;

  @Field({ description: 'When it was asked.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the recipient answered; null while pending.' })
  respondedAt!: Date | null;
}
