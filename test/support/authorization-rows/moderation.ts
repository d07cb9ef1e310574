// The authorization matrix's rows for moderation and administration: reports and what resolves them, hidden
// content, suspension, the audit log, and the lists only admins keep.
import {
  ADMINS_ONLY,
  each,
  edgeIds,
  EVERY_MEMBER,
  GROUP_MODERATORS,
  GROUP_READERS,
  listed,
  REPORT_HANDLERS,
  signedIn,
  unique,
  w,
  type Rows,
} from './shared.js';
import type { ViewerKind } from '../authorization-world.js';

const RESOLVE = `mutation($id: ID!, $action: ReportAction!) { resolveReport(id: $id, action: $action) { id status } }`;
const RESTORE = 'mutation($id: ID!) { restoreContent(subjectType: MESSAGE, subjectId: $id) }';
const REPORT = `mutation($type: ReportSubjectType!, $id: ID!) {
  report(input: { subjectType: $type, subjectId: $id, reason: "Checked by the matrix" }) { id } }`;

/** The viewer, when they handle reports (those who would otherwise see it); the poster for the rest. */
const ownAuthor = (kind: ViewerKind) =>
  kind === 'moderator' || kind === 'owner' || kind === 'admin' ? w.people[kind] : undefined;

export const MODERATION_QUERIES: Rows = {
  auditLog: {
    request: () => ({ query: '{ auditLog(first: 5) { edges { node { id } } } }' }),
    expect: ADMINS_ONLY,
  },
  reports: {
    request: () => ({ query: '{ reports(first: 100) { edges { node { id } } } }' }),
    expect: GROUP_MODERATORS,
    check: (kind, data) =>
      listed(edgeIds(data.reports), w.groupReportId, true, 'the report of the group’s message') ??
      listed(edgeIds(data.reports), w.memberReportId, kind === 'admin', 'the report of a member') ??
      listed(
        edgeIds(data.reports),
        w.moderatorReportId,
        kind !== 'moderator',
        'the report of the moderator’s message (never shown to its subject)',
      ),
  },
};

export const MODERATION_MUTATIONS: Rows = {
  // Moderation ----------------------------------------------------------------------------------------------------
  report: [
    {
      on: 'a message of the group',
      request: () => ({ query: REPORT, variables: { type: 'MESSAGE', id: w.posterMessageId } }),
      expect: GROUP_READERS,
    },
    {
      on: 'the group’s thread',
      request: () => ({ query: REPORT, variables: { type: 'THREAD', id: w.threadId } }),
      expect: GROUP_READERS,
    },
    {
      on: 'the group’s event',
      request: () => ({ query: REPORT, variables: { type: 'EVENT', id: w.groupEventId } }),
      expect: GROUP_READERS,
    },
    {
      on: 'the group',
      request: () => ({ query: REPORT, variables: { type: 'GROUP', id: w.groupId } }),
      expect: EVERY_MEMBER,
    },
    {
      on: 'a member',
      request: () => ({ query: REPORT, variables: { type: 'MEMBER', id: w.people.poster.id } }),
      expect: EVERY_MEMBER,
    },
  ],
  resolveReport: [
    {
      on: 'a report of the group’s message, dismissed',
      request: async () => ({
        query: RESOLVE,
        variables: { id: (await w.freshReport()).reportId, action: 'DISMISS' },
      }),
      expect: REPORT_HANDLERS,
    },
    {
      on: 'a report of the group’s message, its author suspended',
      request: async () => {
        const author = await w.freshInGroup({ role: 'MEMBER', status: 'ACTIVE' });
        return {
          query: RESOLVE,
          variables: { id: (await w.freshReport(author)).reportId, action: 'SUSPEND_MEMBER' },
        };
      },
      // Moderators handle the report, but only admins suspend.
      expect: signedIn({ ...each('NOT_FOUND'), moderator: 'FORBIDDEN', owner: 'FORBIDDEN', admin: 'OK' }),
    },
    {
      // The reported never handle a report about themselves: another moderator or the admins do.
      on: 'a report of the viewer’s own message in the group (a handler’s)',
      request: async (kind) => ({
        query: RESOLVE,
        variables: { id: (await w.freshReport(ownAuthor(kind))).reportId, action: 'DISMISS' },
      }),
      expect: signedIn(each('NOT_FOUND')),
    },
    {
      on: 'a report of a member (for admins)',
      request: async () => {
        const [reporter, reported] = await Promise.all([w.freshMember(), w.freshMember()]);
        const { report } = await w.gql<{ report: { id: string } }>(reporter, REPORT, {
          type: 'MEMBER',
          id: reported.id,
        });
        return { query: RESOLVE, variables: { id: report.id, action: 'DISMISS' } };
      },
      expect: signedIn({ ...each('NOT_FOUND'), admin: 'OK' }),
    },
  ],
  restoreContent: [
    {
      on: 'a message of the group hidden by its owner',
      request: async () => {
        const { reportId, messageId } = await w.freshReport();
        await w.gql(w.people.owner, RESOLVE, { id: reportId, action: 'HIDE_CONTENT' });
        return { query: RESTORE, variables: { id: messageId } };
      },
      expect: REPORT_HANDLERS,
    },
    {
      on: 'the viewer’s own message of the group, hidden (a handler’s)',
      request: async (kind) => {
        const { reportId, messageId } = await w.freshReport(ownAuthor(kind));
        await w.gql(kind === 'owner' ? w.people.admin : w.people.owner, RESOLVE, {
          id: reportId,
          action: 'HIDE_CONTENT',
        });
        return { query: RESTORE, variables: { id: messageId } };
      },
      expect: signedIn(each('NOT_FOUND')),
    },
  ],
  suspendMember: {
    request: async () => ({
      query: 'mutation($m: ID!) { suspendMember(memberId: $m, reason: "The matrix") }',
      variables: { m: (await w.freshMember()).id },
    }),
    expect: ADMINS_ONLY,
  },
  reinstateMember: {
    request: async () => ({
      query: 'mutation($m: ID!) { reinstateMember(memberId: $m, reason: "The matrix") }',
      variables: { m: (await w.freshMember({ status: 'SUSPENDED' })).id },
    }),
    expect: ADMINS_ONLY,
  },

  // Admins' lists -------------------------------------------------------------------------------------------------
  createInvitation: {
    request: () => ({
      query: 'mutation($e: String!) { createInvitation(input: { email: $e, role: MEMBER }) { token } }',
      variables: { e: `invited-${unique()}@example.org` },
    }),
    // Organisers too (not a kind of viewer here).
    expect: ADMINS_ONLY,
  },
  createTopic: {
    request: () => ({
      query: 'mutation($n: String!) { createTopic(input: { name: $n }) { slug } }',
      variables: { n: `Matrix topic ${unique()}` },
    }),
    expect: ADMINS_ONLY,
  },
  renameTopic: {
    request: () => ({
      query: 'mutation($s: String!, $n: String!) { renameTopic(slug: $s, name: $n) { slug } }',
      variables: { s: w.topicSlug, n: `Matrix topic renamed ${unique()}` },
    }),
    expect: ADMINS_ONLY,
  },
  createCohort: {
    request: () => ({
      query: 'mutation($n: String!, $y: Int!) { createCohort(input: { name: $n, year: $y }) { id } }',
      variables: { n: `Matrix cohort ${unique()}`, y: new Date().getUTCFullYear() },
    }),
    expect: ADMINS_ONLY,
  },
};
