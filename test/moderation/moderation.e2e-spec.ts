import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConferClient } from '#libs/client';
import type { MessagePayload } from '#libs/realtime-contract';
import { createEventAs } from '../support/events.js';
import { MEMBER_PASSWORD, newMember } from '../support/member-factory.js';
import {
  gqlAs,
  inviteIntoGroup,
  postAs,
  privateThread,
  signedInPerson,
  type Person,
} from '../support/people.js';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.js';
import { until } from '../support/until.js';

const REPORT = `mutation($type: ReportSubjectType!, $id: ID!, $reason: String!) {
  report(input: { subjectType: $type, subjectId: $id, reason: $reason }) { id status groupId } }`;
const QUEUE = `query($status: ReportStatus) { reports(status: $status, first: 50) { edges { node {
  id subjectType subjectId reason status action content reporter { displayName } subjectMember { id } } } } }`;
const RESOLVE = `mutation($id: ID!, $action: ReportAction!, $note: String) {
  resolveReport(id: $id, action: $action, note: $note) { id status action resolutionNote } }`;
const HISTORY = `query($id: ID!) { thread(id: $id) { messages(first: 50) { edges { node { id body hidden deleted } } } } }`;

interface Queued {
  id: string;
  subjectType: string;
  subjectId: string;
  reason: string;
  status: string;
  action: string | null;
  content: string | null;
  reporter: { displayName: string } | null;
  subjectMember: { id: string } | null;
}

describe('moderation: reports, hiding content, suspension, the audit log', () => {
  let platform: TestPlatform;
  let owner: Person;
  let moderator: Person;
  let member: Person;
  let troll: Person;
  let outsider: Person;
  let admin: Person;
  let groupId: string;
  let threadId: string;
  const clients: ConferClient[] = [];

  const codeOf = async (who: Person | null, query: string, variables: Record<string, unknown> = {}) =>
    (await platform.graphql(query, variables, who?.token)).errors?.[0]?.extensions.code;
  const queue = async (who: Person, status: string | null = null): Promise<Queued[]> =>
    (
      await gqlAs<{ reports: { edges: Array<{ node: Queued }> } }>(platform, who, QUEUE, { status })
    ).reports.edges.map((e) => e.node);
  const reportAs = async (who: Person, type: string, id: string, reason: string) =>
    (
      await gqlAs<{ report: { id: string; status: string; groupId: string | null } }>(platform, who, REPORT, {
        type,
        id,
        reason,
      })
    ).report;

  beforeAll(async () => {
    platform = await startTestPlatform();
    owner = await signedInPerson(platform, 'Ola Owner');
    moderator = await signedInPerson(platform, 'Moe Moderator');
    member = await signedInPerson(platform, 'Mae Member');
    troll = await signedInPerson(platform, 'Tom Troll');
    outsider = await signedInPerson(platform, 'Oscar Outsider');
    admin = await signedInPerson(platform, 'Ada Admin', { role: 'ADMIN' });
    ({ groupId, threadId } = await privateThread(
      platform,
      owner,
      [moderator, member, troll],
      'Peer support',
    ));
    await gqlAs(
      platform,
      owner,
      'mutation($g: ID!, $m: ID!) { setGroupRole(groupId: $g, memberId: $m, role: MODERATOR) { role } }',
      {
        g: groupId,
        m: moderator.id,
      },
    );
  });

  afterAll(async () => {
    clients.forEach((client) => client.close());
    await platform.close();
  });

  it('takes reports of what a member can see, once, into the queue of the group’s moderators', async () => {
    const messageId = await postAs(platform, troll, threadId, 'Something unkind about someone’s diagnosis');
    const first = await reportAs(member, 'MESSAGE', messageId, 'Unkind about a diagnosis');
    expect(first).toMatchObject({ status: 'OPEN', groupId });
    expect((await reportAs(member, 'MESSAGE', messageId, 'Again')).id).toBe(first.id);
    expect(await codeOf(outsider, REPORT, { type: 'MESSAGE', id: messageId, reason: 'Nosy' })).toBe(
      'NOT_FOUND',
    );
    expect(await codeOf(null, REPORT, { type: 'MESSAGE', id: messageId, reason: 'x' })).toBe(
      'UNAUTHENTICATED',
    );
    expect(await codeOf(member, REPORT, { type: 'MESSAGE', id: messageId, reason: ' ' })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await codeOf(member, REPORT, { type: 'MEMBER', id: member.id, reason: 'Me' })).toBe(
      'BAD_USER_INPUT',
    );

    const seen = await queue(moderator);
    expect(seen).toEqual([
      {
        id: first.id,
        subjectType: 'MESSAGE',
        subjectId: messageId,
        reason: 'Unkind about a diagnosis',
        status: 'OPEN',
        action: null,
        content: 'Something unkind about someone’s diagnosis',
        reporter: { displayName: 'Mae Member' },
        subjectMember: { id: troll.id },
      },
    ]);
    expect((await queue(admin)).map((r) => r.id)).toContain(first.id);
    expect(await codeOf(member, QUEUE)).toBe('FORBIDDEN');
    expect(await codeOf(null, QUEUE)).toBe('UNAUTHENTICATED');
    // A direct message goes to the admins only.
    const { startDirectThread } = await gqlAs<{ startDirectThread: { id: string } }>(
      platform,
      troll,
      'mutation($m: ID!) { startDirectThread(memberId: $m) { id } }',
      { m: member.id },
    );
    const direct = await postAs(platform, troll, startDirectThread.id, 'A private insult');
    const dm = await reportAs(member, 'MESSAGE', direct, 'Insulting me in private');
    expect(dm.groupId).toBeNull();
    expect((await queue(moderator)).map((r) => r.id)).not.toContain(dm.id);
    expect((await queue(admin)).map((r) => r.id)).toContain(dm.id);
  });

  it('hides a message for everyone at once, settles every report of it, and can show it again', async () => {
    const messageId = await postAs(platform, troll, threadId, 'Another unkind remark');
    const a = await reportAs(member, 'MESSAGE', messageId, 'Unkind');
    const b = await reportAs(owner, 'MESSAGE', messageId, 'Not on');
    const live = await ConferClient.connect({ url: platform.realtimeUrl, token: member.token });
    clients.push(live);
    await live.join(threadId);
    const updated: MessagePayload[] = [];
    live.socket.on('message:updated', (m) => updated.push(m));

    expect(await codeOf(member, RESOLVE, { id: a.id, action: 'HIDE_CONTENT' })).toBe('NOT_FOUND');
    const resolved = await gqlAs<{ resolveReport: unknown }>(platform, moderator, RESOLVE, {
      id: a.id,
      action: 'HIDE_CONTENT',
      note: 'Against the group’s rules',
    });
    expect(resolved.resolveReport).toEqual({
      id: a.id,
      status: 'RESOLVED',
      action: 'HIDE_CONTENT',
      resolutionNote: 'Against the group’s rules',
    });
    await until(() => updated.some((m) => m.id === messageId), { what: 'the live hiding' });
    expect(updated.find((m) => m.id === messageId)).toMatchObject({ body: '', hidden: true, deleted: false });
    const shown = async (who: Person) =>
      (
        await gqlAs<{
          thread: { messages: { edges: Array<{ node: { id: string; body: string; hidden: boolean } }> } };
        }>(platform, who, HISTORY, { id: threadId })
      ).thread.messages.edges.find((e) => e.node.id === messageId)?.node;
    expect(await shown(member)).toEqual({ id: messageId, body: '', hidden: true, deleted: false });
    expect((await queue(moderator, 'RESOLVED')).find((r) => r.id === b.id)).toMatchObject({
      action: 'HIDE_CONTENT',
      content: 'Another unkind remark',
    });

    await gqlAs(
      platform,
      moderator,
      'mutation($id: ID!) { restoreContent(subjectType: MESSAGE, subjectId: $id, note: "On reflection, fine") }',
      {
        id: messageId,
      },
    );
    expect(await shown(member)).toEqual({
      id: messageId,
      body: 'Another unkind remark',
      hidden: false,
      deleted: false,
    });
  });

  it('hides a thread from its members but not its moderators, and tells open sockets', async () => {
    const { createThread } = await gqlAs<{ createThread: { id: string } }>(
      platform,
      troll,
      'mutation($g: ID!) { createThread(input: { groupId: $g, title: "Flame war", body: "Fight!" }) { id } }',
      { g: groupId },
    );
    const live = await ConferClient.connect({ url: platform.realtimeUrl, token: member.token });
    clients.push(live);
    await live.join(createThread.id);
    const hidden: string[] = [];
    live.socket.on('thread:hidden', (event) => hidden.push(event.threadId));
    const report = await reportAs(member, 'THREAD', createThread.id, 'A flame war');
    await gqlAs(platform, owner, RESOLVE, { id: report.id, action: 'HIDE_CONTENT' });
    await until(() => hidden.length === 1, { what: 'thread:hidden' });
    const THREAD = 'query($id: ID!) { thread(id: $id) { id } }';
    expect(await codeOf(member, THREAD, { id: createThread.id })).toBe('NOT_FOUND');
    expect(await codeOf(troll, THREAD, { id: createThread.id })).toBe('NOT_FOUND');
    expect(await codeOf(moderator, THREAD, { id: createThread.id })).toBeUndefined();
    const mine = await gqlAs<{ myThreads: { edges: Array<{ node: { id: string } }> } }>(
      platform,
      member,
      '{ myThreads(first: 50) { edges { node { id } } } }',
    );
    expect(mine.myThreads.edges.map((e) => e.node.id)).not.toContain(createThread.id);
  });

  it('lets only admins suspend: sessions end, sockets close, sign-in is refused, content stays; and reinstate', async () => {
    const messageId = await postAs(platform, troll, threadId, 'Threatening words');
    const report = await reportAs(member, 'MESSAGE', messageId, 'A threat');
    expect(await codeOf(moderator, RESOLVE, { id: report.id, action: 'SUSPEND_MEMBER' })).toBe('FORBIDDEN');
    const trollSocket = await ConferClient.connect({ url: platform.realtimeUrl, token: troll.token });
    clients.push(trollSocket);
    let closed = false;
    trollSocket.socket.on('disconnect', () => (closed = true));

    await gqlAs(platform, admin, RESOLVE, {
      id: report.id,
      action: 'SUSPEND_MEMBER',
      note: 'Threats are not allowed',
    });
    await until(() => closed, { what: 'the suspended member’s socket to close' });
    expect(await codeOf(troll, '{ me { id } }')).toBe('UNAUTHENTICATED');
    const login = await platform.graphql(
      'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }',
      { e: troll.email, p: MEMBER_PASSWORD },
    );
    expect(login.errors?.[0]?.extensions.code).toBeDefined();
    expect(login.data).toBeNull();
    const history = await gqlAs<{
      thread: { messages: { edges: Array<{ node: { id: string; body: string } }> } };
    }>(platform, member, HISTORY, { id: threadId });
    expect(history.thread.messages.edges.find((e) => e.node.id === messageId)?.node.body).toBe(
      'Threatening words',
    );

    const SUSPEND = 'mutation($m: ID!) { suspendMember(memberId: $m, reason: "Spam") }';
    expect(await codeOf(moderator, SUSPEND, { m: member.id })).toBe('FORBIDDEN');
    expect(await codeOf(admin, SUSPEND, { m: admin.id })).toBe('BAD_USER_INPUT');
    await gqlAs(
      platform,
      admin,
      'mutation($m: ID!) { reinstateMember(memberId: $m, reason: "Apologised") }',
      { m: troll.id },
    );
    expect(await platform.login(troll.email, MEMBER_PASSWORD)).toEqual(expect.any(String));
  });

  it('keeps every action in an append-only audit log that only admins read', async () => {
    const AUDIT =
      '{ auditLog(first: 50) { edges { node { actorId action subjectType subjectId reason } } } }';
    const { auditLog } = await gqlAs<{ auditLog: { edges: Array<{ node: Record<string, unknown> }> } }>(
      platform,
      admin,
      AUDIT,
    );
    const actions = auditLog.edges.map((e) => e.node.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'RESOLVE_REPORT_HIDE_CONTENT',
        'RESTORE_CONTENT',
        'SUSPEND_MEMBER',
        'RESOLVE_REPORT_SUSPEND_MEMBER',
        'REINSTATE_MEMBER',
      ]),
    );
    expect(auditLog.edges.find((e) => e.node.action === 'SUSPEND_MEMBER')?.node).toMatchObject({
      actorId: admin.id,
      subjectType: 'MEMBER',
      subjectId: troll.id,
      reason: 'Threats are not allowed',
    });
    expect(await codeOf(moderator, AUDIT)).toBe('FORBIDDEN');
    await expect(platform.db.query("UPDATE audit_log SET reason = 'rewritten'")).rejects.toThrow(
      /append-only/,
    );
    await expect(platform.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
  });

  it('lets admins hide a group, and a group’s moderators its events, from everyone else', async () => {
    const { createGroup } = await gqlAs<{ createGroup: { id: string } }>(
      platform,
      owner,
      'mutation { createGroup(input: { name: "Spam corner", visibility: PUBLIC }) { id } }',
    );
    const report = await reportAs(member, 'GROUP', createGroup.id, 'Spam');
    expect(report.groupId).toBeNull();
    await gqlAs(platform, admin, RESOLVE, { id: report.id, action: 'HIDE_CONTENT' });
    const GROUP = 'query($id: ID!) { group(id: $id) { id } }';
    expect(await codeOf(member, GROUP, { id: createGroup.id })).toBe('NOT_FOUND');
    expect(await codeOf(owner, GROUP, { id: createGroup.id })).toBe('NOT_FOUND');
    expect(await codeOf(admin, GROUP, { id: createGroup.id })).toBeUndefined();

    const event = await createEventAs(platform, owner, { title: 'Miracle cure talk', groupId });
    const eventReport = await reportAs(member, 'EVENT', event.id, 'Selling false cures');
    expect(eventReport.groupId).toBe(groupId);
    await gqlAs(platform, moderator, RESOLVE, { id: eventReport.id, action: 'HIDE_CONTENT' });
    const EVENT = 'query($id: ID!) { event(id: $id) { id } }';
    expect(await codeOf(member, EVENT, { id: event.id })).toBe('NOT_FOUND');
    expect(await codeOf(moderator, EVENT, { id: event.id })).toBeUndefined();
    const listed = await gqlAs<{ events: { edges: Array<{ node: { id: string } }> } }>(
      platform,
      member,
      '{ events(first: 50) { edges { node { id } } } }',
    );
    expect(listed.events.edges.map((e) => e.node.id)).not.toContain(event.id);
  });

  it('never shows a moderator, owner or admin a report about their own doing: the others handle it', async () => {
    const RESTORE = 'mutation($id: ID!) { restoreContent(subjectType: MESSAGE, subjectId: $id) }';
    const witness = await signedInPerson(platform, 'Wes Witness');
    await inviteIntoGroup(platform, owner, groupId, [witness]);
    const byModerator = await postAs(platform, moderator, threadId, 'A moderator’s sharp remark');
    const aboutMessage = await reportAs(witness, 'MESSAGE', byModerator, 'The moderator was rude to me');
    const { createThread } = await gqlAs<{ createThread: { id: string } }>(
      platform,
      owner,
      'mutation($g: ID!) { createThread(input: { groupId: $g, title: "Owner’s rules", body: "Mine" }) { id } }',
      { g: groupId },
    );
    const aboutThread = await reportAs(witness, 'THREAD', createThread.id, 'The owner’s thread is unfair');
    const aboutAdmin = await reportAs(witness, 'MEMBER', admin.id, 'The admin is biased');
    const ids = async (who: Person) => (await queue(who)).map((r) => r.id);

    // The subject sees neither the report nor who made it, and cannot settle it or undo its settling.
    expect(await ids(moderator)).not.toContain(aboutMessage.id);
    expect(await ids(owner)).not.toContain(aboutThread.id);
    expect(await ids(admin)).not.toContain(aboutAdmin.id);
    expect(await codeOf(moderator, RESOLVE, { id: aboutMessage.id, action: 'DISMISS' })).toBe('NOT_FOUND');
    expect(await codeOf(owner, RESOLVE, { id: aboutThread.id, action: 'DISMISS' })).toBe('NOT_FOUND');
    expect(await codeOf(admin, RESOLVE, { id: aboutAdmin.id, action: 'DISMISS' })).toBe('NOT_FOUND');
    // Another moderator of the group and the admins handle it.
    expect(await ids(owner)).toContain(aboutMessage.id);
    expect(await ids(moderator)).toContain(aboutThread.id);
    expect(await ids(admin)).toEqual(expect.arrayContaining([aboutMessage.id, aboutThread.id]));
    await gqlAs(platform, owner, RESOLVE, { id: aboutMessage.id, action: 'HIDE_CONTENT' });
    expect(await codeOf(moderator, RESTORE, { id: byModerator })).toBe('NOT_FOUND');
    expect(await ids(moderator)).not.toContain(aboutMessage.id);
    await gqlAs(platform, admin, RESTORE, { id: byModerator });
  });

  it('takes at most 10 reports an hour from one member', async () => {
    const eager = await signedInPerson(platform, 'Eve Eager');
    const others = await Promise.all(Array.from({ length: 11 }, () => newMember(platform.db)));
    for (const other of others.slice(0, 10)) await reportAs(eager, 'MEMBER', other.id, 'Suspicious');
    const refused = await platform.graphql(
      REPORT,
      { type: 'MEMBER', id: others[10].id, reason: 'One more' },
      eager.token,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfter: expect.any(Number),
    });
    expect(refused.errors?.[0]?.message).toContain('You can report again in');
  });
});
