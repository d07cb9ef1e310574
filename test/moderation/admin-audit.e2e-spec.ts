import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { gqlAs, signedInPerson, type Person } from '../support/people.js';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.js';

const AUDIT =
  '{ auditLog(first: 50) { edges { node { actorId action subjectType subjectId reason details } } } }';

interface Entry {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  reason: string | null;
  details: Record<string, unknown>;
}

describe('the audit log: admin actions on invitations, topics and cohorts', () => {
  let platform: TestPlatform;
  let admin: Person;

  beforeAll(async () => {
    platform = await startTestPlatform();
    admin = await signedInPerson(platform, 'Ada Admin', { role: 'ADMIN' });
  });
  afterAll(() => platform?.close());

  const log = async (): Promise<Entry[]> =>
    (await gqlAs<{ auditLog: { edges: Array<{ node: Entry }> } }>(platform, admin, AUDIT)).auditLog.edges.map(
      (edge) => edge.node,
    );

  it('records inviting, adding and renaming a topic, and adding a cohort, by whom; not what failed', async () => {
    const { createInvitation } = await gqlAs<{ createInvitation: { invitation: { id: string } } }>(
      platform,
      admin,
      'mutation { createInvitation(input: { email: "audit.me@example.org", role: ORGANISER }) { invitation { id } } }',
    );
    await gqlAs(platform, admin, 'mutation { createTopic(input: { name: "Health equity" }) { slug } }');
    await gqlAs(
      platform,
      admin,
      'mutation { renameTopic(slug: "health-equity", name: "Health equity and access") { slug } }',
    );
    const { createCohort } = await gqlAs<{ createCohort: { id: string } }>(
      platform,
      admin,
      'mutation { createCohort(input: { name: "Audit cohort", year: 2024 }) { id } }',
    );
    const duplicate = await platform.graphql(
      'mutation { createTopic(input: { name: "Health equity" }) { slug } }',
      {},
      admin.token,
    );
    expect(duplicate.errors?.[0]?.extensions.code).toBe('CONFLICT');

    const entries = await log();
    expect(entries.slice(0, 4)).toEqual([
      {
        actorId: admin.id,
        action: 'CREATE_COHORT',
        subjectType: 'COHORT',
        subjectId: createCohort.id,
        reason: null,
        details: { name: 'Audit cohort', year: 2024 },
      },
      {
        actorId: admin.id,
        action: 'RENAME_TOPIC',
        subjectType: 'TOPIC',
        subjectId: null,
        reason: null,
        details: { slug: 'health-equity', from: 'Health equity', to: 'Health equity and access' },
      },
      {
        actorId: admin.id,
        action: 'CREATE_TOPIC',
        subjectType: 'TOPIC',
        subjectId: null,
        reason: null,
        details: { slug: 'health-equity', name: 'Health equity' },
      },
      {
        actorId: admin.id,
        action: 'CREATE_INVITATION',
        subjectType: 'INVITATION',
        subjectId: createInvitation.invitation.id,
        reason: null,
        details: { role: 'ORGANISER', cohortId: null },
      },
    ]);
    // The invitee's address is not kept in the log, which cannot be erased.
    expect(JSON.stringify(entries)).not.toContain('audit.me@example.org');
    expect(entries.filter((entry) => entry.action === 'CREATE_TOPIC')).toHaveLength(1);
  });
});
