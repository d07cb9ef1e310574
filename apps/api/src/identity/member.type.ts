import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MemberRole } from '#libs/identity';

registerEnumType(MemberRole, { name: 'MemberRole', description: 'What a member may do on the platform.' });

@ObjectType('Member', { description: 'An alumnus of the programme. A field the viewer may not see is null.' })
export class MemberType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Unique; lower-case letters, digits, "-" and "_". `@handle` mentions the member.' })
  handle!: string;

  @Field()
  displayName!: string;

  @Field(() => MemberRole)
  role!: MemberRole;

  @Field()
  joinedAt!: Date;
}
