// Where the member is signed in, and signing out there (names as in the public contract, docs/API.md).
import { gql, type TypedDocumentNode } from '@apollo/client';

export interface SignedInSession {
  id: string;
  createdAt: string;
  lastUsedAt: string;
  userAgent: string | null;
  current: boolean;
}

export const MY_SESSIONS: TypedDocumentNode<{ mySessions: SignedInSession[] }, Record<string, never>> = gql`
  query MySessions {
    mySessions {
      id
      createdAt
      lastUsedAt
      userAgent
      current
    }
  }
`;

export const END_SESSION: TypedDocumentNode<{ endSession: boolean }, { id: string }> = gql`
  mutation EndSession($id: ID!) {
    endSession(id: $id)
  }
`;

export const END_OTHER_SESSIONS: TypedDocumentNode<{ endOtherSessions: number }, Record<string, never>> = gql`
  mutation EndOtherSessions {
    endOtherSessions
  }
`;
