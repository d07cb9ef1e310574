// The lists members choose from (regions, topics, cohorts), as the API's `regions`, `topics` and `cohorts` give them.
import { graphql } from './generated';
import type { CohortFieldsFragment, RegionFieldsFragment, TopicFieldsFragment } from './generated/graphql';

export type Region = RegionFieldsFragment;
export type Topic = TopicFieldsFragment;
export type Cohort = CohortFieldsFragment;

export const REGION_FIELDS = graphql(`
  fragment RegionFields on Region {
    code
    name
  }
`);
export const TOPIC_FIELDS = graphql(`
  fragment TopicFields on Topic {
    slug
    name
  }
`);
export const COHORT_FIELDS = graphql(`
  fragment CohortFields on Cohort {
    id
    name
    year
  }
`);
