// Where the member is signed in, and signing out there (names as in the public contract, docs/API.md).
import { graphql } from './generated';
import type { MySessionsQuery } from './generated/graphql';

export type SignedInSession = MySessionsQuery['mySessions'][number];

export const MY_SESSIONS = graphql(`
  query MySessions {
    mySessions {
      id
      createdAt
      lastUsedAt
      userAgent
      current
    }
  }
`);

export const END_SESSION = graphql(`
  mutation EndSession($id: ID!) {
    endSession(id: $id)
  }
`);

export const END_OTHER_SESSIONS = graphql(`
  mutation EndOtherSessions {
    endOtherSessions
  }
`);
