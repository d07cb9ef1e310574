// Groups, threads and direct messages: the operations the discussions screens send (names as in the public contract, docs/API.md).
import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Connection as PagedConnection, PageInfo as NextPageInfo } from './connection';
import type { Region, Topic } from './taxonomy';

export type Visibility = 'PUBLIC' | 'PRIVATE' | 'HIDDEN';
export type GroupRole = 'OWNER' | 'MODERATOR' | 'MEMBER';
export type MembershipStatus = 'ACTIVE' | 'PENDING' | 'INVITED' | 'BANNED';

/** Threads page both ways (earlier messages), so their lists ask for both ends. */
export interface PageInfo extends NextPageInfo {
  hasPreviousPage: boolean;
  startCursor: string | null;
}
export type Connection<T> = PagedConnection<T, PageInfo>;
export interface Person {
  id: string;
  handle: string;
  displayName: string;
}

export interface GroupSummary {
  id: string;
  slug: string;
  name: string;
  description: string;
  visibility: Visibility;
  memberCount: number;
  viewerMembership: { role: GroupRole; status: MembershipStatus } | null;
}

const GROUP_SUMMARY = 'id slug name description visibility memberCount viewerMembership { role status }';

export const GROUPS: TypedDocumentNode<
  { groups: Connection<GroupSummary> },
  {
    filter: { text?: string; joinedOnly?: boolean; regions?: string[]; topics?: string[] };
    first: number;
    after?: string | null;
  }
> = gql(`query Groups($filter: GroupFilterInput, $first: Int, $after: String) {
  groups(filter: $filter, first: $first, after: $after) {
    edges { cursor node { ${GROUP_SUMMARY} } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`);

export const CREATE_GROUP: TypedDocumentNode<
  { createGroup: GroupSummary },
  { input: { name: string; description: string; visibility: Visibility } }
> = gql(
  `mutation CreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { ${GROUP_SUMMARY} } }`,
);

export interface GroupDetail extends GroupSummary {
  rules: string;
  region: { code: string; name: string } | null;
  topics: Topic[];
  events: Array<{ id: string; title: string; startsAt: string }>;
}

export const GROUP: TypedDocumentNode<{ group: GroupDetail }, { slug: string }> =
  gql(`query Group($slug: String) {
  group(slug: $slug) { ${GROUP_SUMMARY} rules region { code name } topics { slug name } events(first: 10) { id title startsAt } }
}`);

export interface ThreadSummary {
  id: string;
  title: string | null;
  pinned: boolean;
  locked: boolean;
  messageCount: number;
  unreadCount: number;
  lastActivityAt: string;
  participants: Person[];
}
const THREAD_SUMMARY =
  'id title pinned locked messageCount unreadCount lastActivityAt participants { id handle displayName }';

export const GROUP_THREADS: TypedDocumentNode<
  { group: { id: string; threads: Connection<ThreadSummary> } },
  { slug: string; after?: string | null }
> = gql(`query GroupThreads($slug: String, $after: String) {
  group(slug: $slug) { id threads(first: 20, after: $after) {
    edges { cursor node { ${THREAD_SUMMARY} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
}`);

export interface MembershipRow {
  id: string;
  role: GroupRole;
  status: MembershipStatus;
  message: string | null;
  createdAt: string;
  member: Person | null;
}
const MEMBERSHIP = 'id role status message createdAt member { id handle displayName }';

export const GROUP_MEMBERS: TypedDocumentNode<
  { group: { id: string; members: Connection<MembershipRow> } },
  { slug: string; after?: string | null }
> = gql(`query GroupMembers($slug: String, $after: String) {
  group(slug: $slug) { id members(first: 50, after: $after) {
    edges { cursor node { ${MEMBERSHIP} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
}`);

export const JOIN_REQUESTS: TypedDocumentNode<
  { group: GroupSummary & { joinRequests: Connection<MembershipRow> } },
  { slug: string; after?: string | null }
> = gql(`query JoinRequests($slug: String, $after: String) {
  group(slug: $slug) { ${GROUP_SUMMARY} joinRequests(first: 50, after: $after) {
    edges { cursor node { ${MEMBERSHIP} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
}`);

export const JOIN_GROUP: TypedDocumentNode<
  { joinGroup: { id: string; status: MembershipStatus; role: GroupRole } },
  { groupId: string; message?: string | null }
> = gql`
  mutation JoinGroup($groupId: ID!, $message: String) {
    joinGroup(groupId: $groupId, message: $message) {
      id
      status
      role
    }
  }
`;

export const ACCEPT_GROUP_INVITATION: TypedDocumentNode<
  { acceptGroupInvitation: { id: string; status: MembershipStatus } },
  { groupId: string }
> = gql`
  mutation AcceptGroupInvitation($groupId: ID!) {
    acceptGroupInvitation(groupId: $groupId) {
      id
      status
    }
  }
`;

export const LEAVE_GROUP: TypedDocumentNode<{ leaveGroup: boolean }, { groupId: string }> = gql`
  mutation LeaveGroup($groupId: ID!) {
    leaveGroup(groupId: $groupId)
  }
`;

export const INVITE_TO_GROUP: TypedDocumentNode<
  { inviteToGroup: { id: string; status: MembershipStatus } },
  { groupId: string; memberId: string }
> = gql`
  mutation InviteToGroup($groupId: ID!, $memberId: ID!) {
    inviteToGroup(groupId: $groupId, memberId: $memberId) {
      id
      status
    }
  }
`;

export const DECIDE_JOIN_REQUEST: TypedDocumentNode<
  { decideJoinRequest: { id: string; status: MembershipStatus } | null },
  { membershipId: string; approve: boolean }
> = gql`
  mutation DecideJoinRequest($membershipId: ID!, $approve: Boolean!) {
    decideJoinRequest(membershipId: $membershipId, approve: $approve) {
      id
      status
    }
  }
`;

export const SET_GROUP_ROLE: TypedDocumentNode<
  { setGroupRole: { id: string; role: GroupRole } },
  { groupId: string; memberId: string; role: GroupRole }
> = gql`
  mutation SetGroupRole($groupId: ID!, $memberId: ID!, $role: GroupRole!) {
    setGroupRole(groupId: $groupId, memberId: $memberId, role: $role) {
      id
      role
    }
  }
`;

export const REMOVE_FROM_GROUP: TypedDocumentNode<
  { removeFromGroup: boolean },
  { groupId: string; memberId: string; ban: boolean }
> = gql`
  mutation RemoveFromGroup($groupId: ID!, $memberId: ID!, $ban: Boolean!) {
    removeFromGroup(groupId: $groupId, memberId: $memberId, ban: $ban)
  }
`;

export const CREATE_THREAD: TypedDocumentNode<
  { createThread: { id: string } },
  { input: { groupId: string; title: string; body: string } }
> = gql`
  mutation CreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      id
    }
  }
`;

export const PIN_THREAD: TypedDocumentNode<
  { pinThread: { id: string; pinned: boolean } },
  { threadId: string; pinned: boolean }
> = gql`
  mutation PinThread($threadId: ID!, $pinned: Boolean!) {
    pinThread(threadId: $threadId, pinned: $pinned) {
      id
      pinned
    }
  }
`;

export const LOCK_THREAD: TypedDocumentNode<
  { lockThread: { id: string; locked: boolean } },
  { threadId: string; locked: boolean }
> = gql`
  mutation LockThread($threadId: ID!, $locked: Boolean!) {
    lockThread(threadId: $threadId, locked: $locked) {
      id
      locked
    }
  }
`;

export interface MessageNode {
  id: string;
  seq: number;
  body: string;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  hidden: boolean;
  author: Person | null;
  reactions: Array<{ emoji: string; count: number; viewerReacted: boolean }>;
}
const MESSAGE =
  'id seq body createdAt editedAt deleted hidden author { id handle displayName } reactions { emoji count viewerReacted }';

export interface ThreadDetail extends ThreadSummary {
  group: GroupSummary | null;
  messages: Connection<MessageNode>;
}

export const THREAD: TypedDocumentNode<{ thread: ThreadDetail }, { id: string }> =
  gql(`query Thread($id: ID!) {
  thread(id: $id) { ${THREAD_SUMMARY} group { ${GROUP_SUMMARY} }
    messages(last: 30) { edges { cursor node { ${MESSAGE} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
}`);

export const OLDER_MESSAGES: TypedDocumentNode<
  { thread: { id: string; messages: Connection<MessageNode> } },
  { id: string; before: string }
> = gql(`query OlderMessages($id: ID!, $before: String) {
  thread(id: $id) { id messages(last: 30, before: $before) {
    edges { cursor node { ${MESSAGE} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
}`);

export const MY_THREADS: TypedDocumentNode<
  { myThreads: Connection<ThreadSummary> },
  { after?: string | null }
> = gql(`query MyThreads($after: String) {
  myThreads(first: 50, after: $after) {
    edges { cursor node { ${THREAD_SUMMARY} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
}`);

export const START_DIRECT_THREAD: TypedDocumentNode<
  { startDirectThread: { id: string } },
  { memberId: string }
> = gql`
  mutation StartDirectThread($memberId: ID!) {
    startDirectThread(memberId: $memberId) {
      id
    }
  }
`;

export const FIND_MEMBERS: TypedDocumentNode<
  { members: Connection<Person & { headline: string | null }> },
  { text: string }
> = gql`
  query FindMembers($text: String) {
    members(filter: { text: $text }, first: 10) {
      edges {
        cursor
        node {
          id
          handle
          displayName
          headline
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`;

export const MEMBER_NAME: TypedDocumentNode<{ member: Person }, { id: string }> = gql`
  query MemberName($id: ID!) {
    member(id: $id) {
      id
      handle
      displayName
    }
  }
`;

export const TAXONOMY: TypedDocumentNode<{ regions: Region[]; topics: Topic[] }, Record<string, never>> = gql`
  query GroupTaxonomy {
    regions {
      code
      name
    }
    topics {
      slug
      name
    }
  }
`;
