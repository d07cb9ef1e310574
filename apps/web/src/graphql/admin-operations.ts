// The admin pages' and the home page's operations (names as in the public contract, docs/API.md).
import { graphql } from './generated';
import type {
  AdminAuditLogQuery,
  AdminCreateInvitationMutation,
  HomeDashboardQuery,
  ReportFieldsFragment,
} from './generated/graphql';

export type { MemberRole, ReportAction, ReportStatus, ReportSubjectType } from './generated/graphql';

export type { Connection, PageInfo } from './connection';

export type { Cohort, Topic } from './taxonomy';

export type Invitation = AdminCreateInvitationMutation['createInvitation']['invitation'];

export const TAXONOMY = graphql(`
  query AdminTaxonomy {
    topics {
      ...TopicFields
    }
    cohorts {
      ...CohortFields
    }
  }
`);

export const CREATE_INVITATION = graphql(`
  mutation AdminCreateInvitation($input: CreateInvitationInput!) {
    createInvitation(input: $input) {
      token
      invitation {
        id
        email
        role
        cohortId
        createdAt
        expiresAt
      }
    }
  }
`);

export const CREATE_TOPIC = graphql(`
  mutation AdminCreateTopic($input: CreateTopicInput!) {
    createTopic(input: $input) {
      ...TopicFields
    }
  }
`);

export const RENAME_TOPIC = graphql(`
  mutation AdminRenameTopic($slug: String!, $name: String!) {
    renameTopic(slug: $slug, name: $name) {
      ...TopicFields
    }
  }
`);

export const CREATE_COHORT = graphql(`
  mutation AdminCreateCohort($input: CreateCohortInput!) {
    createCohort(input: $input) {
      ...CohortFields
    }
  }
`);

export type Report = ReportFieldsFragment;

export const REPORT_FIELDS = graphql(`
  fragment ReportFields on Report {
    id
    subjectType
    subjectId
    reason
    content
    status
    action
    resolutionNote
    createdAt
    resolvedAt
    groupId
    reporter {
      id
      displayName
    }
    subjectMember {
      id
      displayName
    }
  }
`);

export const REPORTS = graphql(`
  query AdminReports($status: ReportStatus, $first: Int, $after: String) {
    reports(status: $status, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ReportFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RESOLVE_REPORT = graphql(`
  mutation AdminResolveReport($id: ID!, $action: ReportAction!, $note: String) {
    resolveReport(id: $id, action: $action, note: $note) {
      ...ReportFields
    }
  }
`);

export const RESTORE_CONTENT = graphql(`
  mutation AdminRestoreContent($subjectType: ReportSubjectType!, $subjectId: ID!, $note: String) {
    restoreContent(subjectType: $subjectType, subjectId: $subjectId, note: $note)
  }
`);

export const SUSPEND_MEMBER = graphql(`
  mutation AdminSuspendMember($memberId: ID!, $reason: String!) {
    suspendMember(memberId: $memberId, reason: $reason)
  }
`);

export const REINSTATE_MEMBER = graphql(`
  mutation AdminReinstateMember($memberId: ID!, $reason: String!) {
    reinstateMember(memberId: $memberId, reason: $reason)
  }
`);

export const REPORT = graphql(`
  mutation ReportSomething($input: ReportInput!) {
    report(input: $input) {
      id
      status
    }
  }
`);

export type AuditEntry = AdminAuditLogQuery['auditLog']['edges'][number]['node'];

export const AUDIT_LOG = graphql(`
  query AdminAuditLog($first: Int, $after: String) {
    auditLog(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          action
          actorId
          subjectType
          subjectId
          reason
          details
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The home page's dashboard, in one request. */
export type HomeData = HomeDashboardQuery;

export const HOME = graphql(`
  query HomeDashboard {
    me {
      id
      groups {
        id
        slug
        name
      }
    }
    myThreads(first: 100) {
      edges {
        cursor
        node {
          id
          unreadCount
          group {
            id
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    myEvents(first: 3) {
      edges {
        cursor
        node {
          id
          title
          startsAt
          timezone
          format
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    unreadNotificationCount
    suggestedPeers(first: 3) {
      member {
        id
        displayName
        headline
      }
      reasons
    }
  }
`);

export const MEMBER_NAME = graphql(`
  query AdminMemberName($id: ID!) {
    member(id: $id) {
      id
      displayName
    }
  }
`);
