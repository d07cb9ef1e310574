// Threads and direct messages: the operations the discussion screens send (names as in the public contract,
// docs/API.md). The groups' own are in groups-operations.ts.
import { graphql } from './generated';
import type {
  MessageFieldsFragment,
  MessagePermissionFieldsFragment,
  PersonFieldsFragment,
  ThreadQuery,
  ThreadPermissionFieldsFragment,
  ThreadSummaryFieldsFragment,
} from './generated/graphql';

export type Person = PersonFieldsFragment;
export type ThreadSummary = ThreadSummaryFieldsFragment;
export type MessageNode = MessageFieldsFragment;
export type ThreadDetail = ThreadQuery['thread'];
export type ThreadPermissions = ThreadPermissionFieldsFragment;
export type MessagePermissions = MessagePermissionFieldsFragment;

export const PERSON_FIELDS = graphql(`
  fragment PersonFields on Member {
    id
    handle
    displayName
  }
`);

/** Threads page both ways (earlier messages), so their lists ask for both ends. */
export const PAGE_BOTH_WAYS = graphql(`
  fragment PageBothWays on PageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
`);

export const THREAD_SUMMARY_FIELDS = graphql(`
  fragment ThreadSummaryFields on Thread {
    id
    title
    pinned
    locked
    messageCount
    unreadCount
    lastActivityAt
    participants {
      ...PersonFields
    }
  }
`);

export const GROUP_THREADS = graphql(`
  query GroupThreads($slug: String, $after: String) {
    group(slug: $slug) {
      id
      threads(first: 20, after: $after) {
        edges {
          cursor
          node {
            ...ThreadSummaryFields
          }
        }
        pageInfo {
          ...PageBothWays
        }
      }
    }
  }
`);

export const CREATE_THREAD = graphql(`
  mutation CreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      id
    }
  }
`);

export const PIN_THREAD = graphql(`
  mutation PinThread($threadId: ID!, $pinned: Boolean!) {
    pinThread(threadId: $threadId, pinned: $pinned) {
      id
      pinned
    }
  }
`);

export const LOCK_THREAD = graphql(`
  mutation LockThread($threadId: ID!, $locked: Boolean!) {
    lockThread(threadId: $threadId, locked: $locked) {
      id
      locked
    }
  }
`);

/** What the viewer may do with a message (live messages, which carry none, derive it: live-message-permissions.ts). */
export const MESSAGE_PERMISSION_FIELDS = graphql(`
  fragment MessagePermissionFields on MessagePermissions {
    edit
    delete
    report
  }
`);

export const MESSAGE_FIELDS = graphql(`
  fragment MessageFields on Message {
    id
    seq
    body
    createdAt
    editedAt
    deleted
    hidden
    author {
      ...PersonFields
    }
    reactions {
      emoji
      count
      viewerReacted
    }
    viewerCan {
      ...MessagePermissionFields
    }
  }
`);

/** What the viewer may do in a thread: write (the lock taken into account), moderate, and read (for live messages). */
export const THREAD_PERMISSION_FIELDS = graphql(`
  fragment ThreadPermissionFields on ThreadPermissions {
    read
    post
    moderate
  }
`);

export const THREAD = graphql(`
  query Thread($id: ID!) {
    thread(id: $id) {
      ...ThreadSummaryFields
      viewerCan {
        ...ThreadPermissionFields
      }
      group {
        ...GroupSummaryFields
        viewerCan {
          post
          join
        }
      }
      messages(last: 30) {
        edges {
          cursor
          node {
            ...MessageFields
          }
        }
        pageInfo {
          ...PageBothWays
        }
      }
    }
  }
`);

export const OLDER_MESSAGES = graphql(`
  query OlderMessages($id: ID!, $before: String) {
    thread(id: $id) {
      id
      messages(last: 30, before: $before) {
        edges {
          cursor
          node {
            ...MessageFields
          }
        }
        pageInfo {
          ...PageBothWays
        }
      }
    }
  }
`);

export const MY_THREADS = graphql(`
  query MyThreads($after: String) {
    myThreads(first: 50, after: $after) {
      edges {
        cursor
        node {
          ...ThreadSummaryFields
        }
      }
      pageInfo {
        ...PageBothWays
      }
    }
  }
`);

export const START_DIRECT_THREAD = graphql(`
  mutation StartDirectThread($memberId: ID!) {
    startDirectThread(memberId: $memberId) {
      id
    }
  }
`);

export const FIND_MEMBERS = graphql(`
  query FindMembers($text: String) {
    members(filter: { text: $text }, first: 10) {
      edges {
        cursor
        node {
          ...PersonFields
          headline
        }
      }
      pageInfo {
        ...PageBothWays
      }
    }
  }
`);

export const MEMBER_NAME = graphql(`
  query MemberName($id: ID!) {
    member(id: $id) {
      ...PersonFields
    }
  }
`);
