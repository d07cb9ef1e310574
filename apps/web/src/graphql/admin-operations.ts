// The admin pages' and the home page's operations (names as in the public contract, docs/API.md).
import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Connection } from './connection';
import type { Cohort, Topic } from './taxonomy';

export type MemberRole = 'MEMBER' | 'ORGANISER' | 'ADMIN';
export type ReportSubjectType = 'MESSAGE' | 'THREAD' | 'MEMBER' | 'EVENT' | 'GROUP';
export type ReportAction = 'DISMISS' | 'HIDE_CONTENT' | 'SUSPEND_MEMBER';
export type ReportStatus = 'OPEN' | 'RESOLVED';

export type { Connection, PageInfo } from './connection';

export type { Cohort, Topic } from './taxonomy';

export interface Invitation {
  id: string;
  email: string;
  role: MemberRole;
  cohortId: string | null;
  createdAt: string;
  expiresAt: string;
}

export const TAXONOMY: TypedDocumentNode<{ topics: Topic[]; cohorts: Cohort[] }, Record<string, never>> = gql`
  query AdminTaxonomy {
    topics {
      slug
      name
    }
    cohorts {
      id
      name
      year
    }
  }
`;

export const CREATE_INVITATION: TypedDocumentNode<
  { createInvitation: { token: string; invitation: Invitation } },
  { input: { email: string; role: MemberRole; cohortId: string | null } }
> = gql`
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
`;

export const CREATE_TOPIC: TypedDocumentNode<{ createTopic: Topic }, { input: { name: string } }> = gql`
  mutation AdminCreateTopic($input: CreateTopicInput!) {
    createTopic(input: $input) {
      slug
      name
    }
  }
`;

export const RENAME_TOPIC: TypedDocumentNode<{ renameTopic: Topic }, { slug: string; name: string }> = gql`
  mutation AdminRenameTopic($slug: String!, $name: String!) {
    renameTopic(slug: $slug, name: $name) {
      slug
      name
    }
  }
`;

export const CREATE_COHORT: TypedDocumentNode<
  { createCohort: Cohort },
  { input: { name: string; year: number } }
> = gql`
  mutation AdminCreateCohort($input: CreateCohortInput!) {
    createCohort(input: $input) {
      id
      name
      year
    }
  }
`;

export interface Report {
  id: string;
  subjectType: ReportSubjectType;
  subjectId: string;
  reason: string;
  content: string | null;
  status: ReportStatus;
  action: ReportAction | null;
  resolutionNote: string | null;
  createdAt: string;
  resolvedAt: string | null;
  groupId: string | null;
  reporter: { id: string; displayName: string } | null;
  subjectMember: { id: string; displayName: string } | null;
}

const REPORT_FIELDS = `id subjectType subjectId reason content status action resolutionNote createdAt resolvedAt groupId
  reporter { id displayName } subjectMember { id displayName }`;

export const REPORTS: TypedDocumentNode<
  { reports: Connection<Report> },
  { status: ReportStatus; first: number; after?: string | null }
> = gql(`query AdminReports($status: ReportStatus, $first: Int, $after: String) {
  reports(status: $status, first: $first, after: $after) {
    edges { cursor node { ${REPORT_FIELDS} } }
    pageInfo { hasNextPage endCursor }
  }
}`);

export const RESOLVE_REPORT: TypedDocumentNode<
  { resolveReport: Report },
  { id: string; action: ReportAction; note: string | null }
> = gql(`mutation AdminResolveReport($id: ID!, $action: ReportAction!, $note: String) {
  resolveReport(id: $id, action: $action, note: $note) { ${REPORT_FIELDS} }
}`);

export const RESTORE_CONTENT: TypedDocumentNode<
  { restoreContent: boolean },
  { subjectType: ReportSubjectType; subjectId: string; note: string | null }
> = gql`
  mutation AdminRestoreContent($subjectType: ReportSubjectType!, $subjectId: ID!, $note: String) {
    restoreContent(subjectType: $subjectType, subjectId: $subjectId, note: $note)
  }
`;

export const SUSPEND_MEMBER: TypedDocumentNode<
  { suspendMember: boolean },
  { memberId: string; reason: string }
> = gql`
  mutation AdminSuspendMember($memberId: ID!, $reason: String!) {
    suspendMember(memberId: $memberId, reason: $reason)
  }
`;

export const REINSTATE_MEMBER: TypedDocumentNode<
  { reinstateMember: boolean },
  { memberId: string; reason: string }
> = gql`
  mutation AdminReinstateMember($memberId: ID!, $reason: String!) {
    reinstateMember(memberId: $memberId, reason: $reason)
  }
`;

export const REPORT: TypedDocumentNode<
  { report: { id: string; status: ReportStatus } },
  { input: { subjectType: ReportSubjectType; subjectId: string; reason: string } }
> = gql`
  mutation ReportSomething($input: ReportInput!) {
    report(input: $input) {
      id
      status
    }
  }
`;

export interface AuditEntry {
  id: string;
  action: string;
  actorId: string | null;
  subjectType: string;
  subjectId: string | null;
  reason: string | null;
  /** What else was recorded: a topic's slug and name, a renaming's from and to, an invitation's role. */
  details: Record<string, unknown> | null;
  createdAt: string;
}

export const AUDIT_LOG: TypedDocumentNode<
  { auditLog: Connection<AuditEntry> },
  { first: number; after?: string | null }
> = gql`
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
`;

/** The home page's dashboard, in one request. */
export interface HomeData {
  me: { id: string; groups: Array<{ id: string; slug: string; name: string }> };
  myThreads: Connection<{ id: string; unreadCount: number; group: { id: string } | null }>;
  myEvents: Connection<{ id: string; title: string; startsAt: string; timezone: string; format: string }>;
  unreadNotificationCount: number;
  suggestedPeers: Array<{
    member: { id: string; displayName: string; headline: string | null };
    reasons: string[];
  }>;
}

export const HOME: TypedDocumentNode<HomeData, Record<string, never>> = gql`
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
`;

export const MEMBER_NAME: TypedDocumentNode<{ member: { id: string; displayName: string } }, { id: string }> =
  gql`
    query AdminMemberName($id: ID!) {
      member(id: $id) {
        id
        displayName
      }
    }
  `;
