import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Region', { description: 'One of the ten UK regions; `code` is stable.' })
export class RegionType {
  @Field({ description: 'Stable code, used in filters and inputs.' })
  code!: string;

  @Field({ description: "The region's name." })
  name!: string;
}

@ObjectType('Topic', { description: '`slug` is stable (filters use it); `name` can change.' })
export class TopicType {
  @Field({ description: 'Stable identifier, used in filters and inputs.' })
  slug!: string;

  @Field({ description: 'The topic as shown to people.' })
  name!: string;
}

@ObjectType('Cohort', { description: 'An intake of the programme that members graduated with.' })
export class CohortType {
  @Field(() => ID, { description: 'Stable identifier, used in filters and inputs.' })
  id!: string;

  @Field({ description: "The cohort's name." })
  name!: string;

  @Field(() => Int, { description: 'The year of the cohort.' })
  year!: number;
}

@InputType({ description: 'A new topic.' })
export class CreateTopicInput {
  @Field({ description: 'The topic as shown to people.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Made from the name when left out.' })
  slug?: string | null;
}

@InputType({ description: 'A new cohort.' })
export class CreateCohortInput {
  @Field({ description: "The cohort's name." })
  name!: string;

  @Field(() => Int, { description: 'The year of the cohort.' })
  year!: number;
}
