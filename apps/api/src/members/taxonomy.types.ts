import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Region', { description: 'One of the ten UK regions; `code` is stable.' })
export class RegionType {
  @Field()
  code!: string;

  @Field()
  name!: string;
}

@ObjectType('Topic', { description: '`slug` is stable (filters use it); `name` can change.' })
export class TopicType {
  @Field()
  slug!: string;

  @Field()
  name!: string;
}

@ObjectType('Cohort')
export class CohortType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  year!: number;
}

@InputType()
export class CreateTopicInput {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Made from the name when left out.' })
  slug?: string | null;
}

@InputType()
export class CreateCohortInput {
  @Field()
  name!: string;

  @Field(() => Int)
  year!: number;
}
