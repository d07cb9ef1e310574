// The lists members choose from (regions, topics, cohorts), as the API's `regions`, `topics` and `cohorts` give them.

export interface Region {
  code: string;
  name: string;
}

export interface Topic {
  slug: string;
  name: string;
}

export interface Cohort {
  id: string;
  name: string;
  year: number;
}
