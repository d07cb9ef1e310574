// Groups and their memberships: the operations the group screens send (names as in the public contract, docs/API.md).
import { graphql } from './generated';
import type { GroupQuery, GroupSummaryFieldsFragment, MembershipFieldsFragment } from './generated/graphql';

export type { GroupRole, MembershipStatus, GroupVisibility as Visibility } from './generated/graphql';

export type GroupSummary = GroupSummaryFieldsFragment;
export type GroupDetail = GroupQuery['group'];
export type MembershipRow = MembershipFieldsFragment;

export const GROUP_SUMMARY_FIELDS = graphql(`
  fragment GroupSummaryFields on Group {
    id
    slug
    name
    description
    visibility
    memberCount
    viewerMembership {
      role
      status
    }
  }
`);

export const GROUPS = graphql(`
  query Groups($filter: GroupFilterInput, $first: Int, $after: String) {
    groups(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...GroupSummaryFields
        }
      }
      pageInfo {
        ...PageBothWays
      }
    }
  }
`);

export const CREATE_GROUP = graphql(`
  mutation CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      ...GroupSummaryFields
    }
  }
`);

export const GROUP = graphql(`
  query Group($slug: String) {
    group(slug: $slug) {
      ...GroupSummaryFields
      viewerCan {
        read
        post
        join
        joinNeedsApproval
        leave
        moderate
        own
      }
      rules
      region {
        ...RegionFields
      }
      topics {
        ...TopicFields
      }
      events(first: 10) {
        id
        title
        startsAt
      }
    }
  }
`);

export const MEMBERSHIP_FIELDS = graphql(`
  fragment MembershipFields on Membership {
    id
    role
    status
    message
    createdAt
    member {
      ...PersonFields
    }
  }
`);

export const GROUP_MEMBERS = graphql(`
  query GroupMembers($slug: String, $after: String) {
    group(slug: $slug) {
      id
      members(first: 50, after: $after) {
        edges {
          cursor
          node {
            ...MembershipFields
          }
        }
        pageInfo {
          ...PageBothWays
        }
      }
    }
  }
`);

export const JOIN_REQUESTS = graphql(`
  query JoinRequests($slug: String, $after: String) {
    group(slug: $slug) {
      ...GroupSummaryFields
      joinRequests(first: 50, after: $after) {
        edges {
          cursor
          node {
            ...MembershipFields
          }
        }
        pageInfo {
          ...PageBothWays
        }
      }
    }
  }
`);

export const JOIN_GROUP = graphql(`
  mutation JoinGroup($groupId: ID!, $message: String) {
    joinGroup(groupId: $groupId, message: $message) {
      id
      status
      role
    }
  }
`);

export const ACCEPT_GROUP_INVITATION = graphql(`
  mutation AcceptGroupInvitation($groupId: ID!) {
    acceptGroupInvitation(groupId: $groupId) {
      id
      status
    }
  }
`);

export const LEAVE_GROUP = graphql(`
  mutation LeaveGroup($groupId: ID!) {
    leaveGroup(groupId: $groupId)
  }
`);

export const INVITE_TO_GROUP = graphql(`
  mutation InviteToGroup($groupId: ID!, $memberId: ID!) {
    inviteToGroup(groupId: $groupId, memberId: $memberId) {
      id
      status
    }
  }
`);

export const DECIDE_JOIN_REQUEST = graphql(`
  mutation DecideJoinRequest($membershipId: ID!, $approve: Boolean!) {
    decideJoinRequest(membershipId: $membershipId, approve: $approve) {
      id
      status
    }
  }
`);

export const SET_GROUP_ROLE = graphql(`
  mutation SetGroupRole($groupId: ID!, $memberId: ID!, $role: GroupRole!) {
    setGroupRole(groupId: $groupId, memberId: $memberId, role: $role) {
      id
      role
    }
  }
`);

export const REMOVE_FROM_GROUP = graphql(`
  mutation RemoveFromGroup($groupId: ID!, $memberId: ID!, $ban: Boolean!) {
    removeFromGroup(groupId: $groupId, memberId: $memberId, ban: $ban)
  }
`);

export const TAXONOMY = graphql(`
  query GroupTaxonomy {
    regions {
      ...RegionFields
    }
    topics {
      ...TopicFields
    }
  }
`);
