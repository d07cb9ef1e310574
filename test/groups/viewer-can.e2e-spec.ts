// `viewerCan` on groups, events, threads and messages (and the platform's): what each viewer may do, as the domain
// policies answer it, so that the web app keeps no copy of the rules. A banned member of a public group still sees
// the group but may not read it; an admin may do everything but join twice; nobody signed out gets an answer.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createEventAs, rsvpAs } from '../support/events.js';
import { code, groupsHelpers, JOIN, REMOVE, ROLE } from '../support/groups.js';
import { gqlAs, inviteIntoGroup, type Person } from '../support/people.js';
import { ADMIN, startTestPlatform, type TestPlatform } from '../support/test-platform.js';

const GROUP_CAN = `query($id: ID!) { group(id: $id) { viewerCan {
  see read post join joinNeedsApproval leave moderate own createEvent } } }`;
const EVENT_CAN = `query($id: ID!) { event(id: $id) { viewerCan {
  see rsvp rsvpGoing manage edit seeOnlineUrl listAttendees } } }`;
const THREAD_CAN = `query($id: ID!) { thread(id: $id) { viewerCan { read post moderate report }
  messages(last: 10) { edges { node { body viewerCan { edit delete react report moderate } } } } } }`;
const PLATFORM_CAN = '{ viewerCan { createPlatformEvent administer readAuditLog } }';

interface MessageCan {
  body: string;
  viewerCan: Record<string, boolean>;
}

describe('viewerCan: what the viewer may do, from the policies', () => {
  let platform: TestPlatform;
  const { person, create } = groupsHelpers(() => platform);
  let admin: Person;
  let owner: Person;
  let moderator: Person;
  let member: Person;
  let banned: Person;
  let outsider: Person;
  let groupId: string;
  let privateGroupId: string;
  let threadId: string;
  let eventId: string;

  const groupCan = async (who: Person, id = groupId) =>
    (await gqlAs<{ group: { viewerCan: Record<string, boolean> } }>(platform, who, GROUP_CAN, { id })).group
      .viewerCan;
  const eventCan = async (who: Person) =>
    (
      await gqlAs<{ event: { viewerCan: Record<string, boolean> } }>(platform, who, EVENT_CAN, {
        id: eventId,
      })
    ).event.viewerCan;
  const threadCan = async (who: Person) =>
    (
      await gqlAs<{
        thread: { viewerCan: Record<string, boolean>; messages: { edges: Array<{ node: MessageCan }> } };
      }>(platform, who, THREAD_CAN, { id: threadId })
    ).thread;
  const messageCan = async (who: Person, body: string) =>
    (await threadCan(who)).messages.edges.find((edge) => edge.node.body === body)!.node.viewerCan;

  beforeAll(async () => {
    platform = await startTestPlatform();
    const token = await platform.login(ADMIN.email, ADMIN.password);
    admin = { id: '', email: ADMIN.email, handle: '', token };
    owner = await person('Can Owner');
    moderator = await person('Can Moderator');
    member = await person('Can Member');
    banned = await person('Can Banned');
    outsider = await person('Can Outsider');
    groupId = (await create(owner, { name: 'Open circle of can', visibility: 'PUBLIC' })).id;
    privateGroupId = (await create(owner, { name: 'Quiet circle of can', visibility: 'PRIVATE' })).id;
    for (const who of [moderator, member, banned]) await gqlAs(platform, who, JOIN, { g: groupId });
    await gqlAs(platform, owner, ROLE, { g: groupId, m: moderator.id, r: 'MODERATOR' });
    await gqlAs(platform, owner, REMOVE, { g: groupId, m: banned.id, b: true });
    await inviteIntoGroup(platform, owner, privateGroupId, [member]);
    threadId = (
      await gqlAs<{ createThread: { id: string } }>(
        platform,
        owner,
        'mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }',
        { input: { groupId, title: 'Welcome', body: 'The owner’s welcome' } },
      )
    ).createThread.id;
    await gqlAs(
      platform,
      member,
      'mutation($t: ID!) { postMessage(input: { threadId: $t, body: "A member’s reply" }) { id } }',
      {
        t: threadId,
      },
    );
    eventId = (await createEventAs(platform, owner, { groupId })).id;
  });

  afterAll(() => platform.close());

  it('on a group: each role, a banned member of a public group (sees it, may not read it), an outsider, an admin', async () => {
    const none = {
      see: true,
      read: false,
      post: false,
      join: false,
      joinNeedsApproval: false,
      leave: false,
      moderate: false,
      own: false,
      createEvent: false,
    };
    const active = { ...none, read: true, post: true, leave: true };
    expect(await groupCan(owner)).toEqual({ ...active, moderate: true, own: true, createEvent: true });
    expect(await groupCan(moderator)).toEqual({ ...active, moderate: true, createEvent: true });
    expect(await groupCan(member)).toEqual(active);
    expect(await groupCan(banned)).toEqual(none);
    expect(await groupCan(outsider)).toEqual({ ...none, read: true, join: true });
    expect(await groupCan(admin)).toEqual({
      ...none,
      read: true,
      post: true,
      join: true,
      moderate: true,
      own: true,
      createEvent: true,
    });
    // A private group: an outsider may only ask to join; its member reads it.
    expect(await groupCan(outsider, privateGroupId)).toEqual({
      ...none,
      join: true,
      joinNeedsApproval: true,
    });
    expect(await groupCan(member, privateGroupId)).toEqual(active);
  });

  it('on a thread and its messages: writing, a lock, moderating, and what each may do with a message', async () => {
    expect((await threadCan(member)).viewerCan).toEqual({
      read: true,
      post: true,
      moderate: false,
      report: true,
    });
    expect((await threadCan(outsider)).viewerCan).toEqual({
      read: true,
      post: false,
      moderate: false,
      report: true,
    });
    expect((await threadCan(moderator)).viewerCan).toEqual({
      read: true,
      post: true,
      moderate: true,
      report: true,
    });
    // The banned member may not read it: the thread is NOT_FOUND for them.
    expect(code(await platform.graphql(THREAD_CAN, { id: threadId }, banned.token))).toBe('NOT_FOUND');

    const mine = { edit: true, delete: true, react: true, report: false, moderate: false };
    const theirs = { edit: false, delete: false, react: true, report: true, moderate: false };
    expect(await messageCan(member, 'A member’s reply')).toEqual(mine);
    expect(await messageCan(member, 'The owner’s welcome')).toEqual(theirs);
    expect(await messageCan(moderator, 'A member’s reply')).toEqual({
      ...theirs,
      delete: true,
      moderate: true,
    });

    await gqlAs(platform, moderator, 'mutation($t: ID!) { lockThread(threadId: $t) { locked } }', {
      t: threadId,
    });
    expect((await threadCan(member)).viewerCan.post).toBe(false);
    expect((await threadCan(owner)).viewerCan.post).toBe(true);

    const [{ id: replyId }] = await platform.db.query<{ id: string }>(
      `SELECT id FROM messages WHERE body = 'A member’s reply'`,
    );
    await gqlAs(platform, member, 'mutation($id: ID!) { deleteMessage(id: $id) { id } }', { id: replyId });
    const gone = (await threadCan(member)).messages.edges.find((edge) => edge.node.body === '')!.node
      .viewerCan;
    expect(gone).toEqual({ edit: false, delete: false, react: false, report: false, moderate: false });
  });

  it('on an event of the group: those who run it, a member before and after answering, an admin; banned: NOT_FOUND', async () => {
    const member0 = {
      see: true,
      rsvp: true,
      rsvpGoing: true,
      manage: false,
      edit: false,
      seeOnlineUrl: false,
      listAttendees: false,
    };
    expect(await eventCan(member)).toEqual(member0);
    expect(await eventCan(outsider)).toEqual(member0);
    await rsvpAs(platform, member, eventId, 'GOING');
    expect(await eventCan(member)).toEqual({ ...member0, seeOnlineUrl: true });
    const runs = { ...member0, manage: true, edit: true, seeOnlineUrl: true, listAttendees: true };
    expect(await eventCan(owner)).toEqual(runs);
    expect(await eventCan(moderator)).toEqual(runs);
    expect(await eventCan(admin)).toEqual(runs);
    expect(code(await platform.graphql(EVENT_CAN, { id: eventId }, banned.token))).toBe('NOT_FOUND');

    await gqlAs(platform, owner, 'mutation($id: ID!) { cancelEvent(id: $id, reason: "Rain") { id } }', {
      id: eventId,
    });
    expect(await eventCan(owner)).toEqual({ ...runs, rsvp: false, rsvpGoing: false, edit: false });
  });

  it('across the platform: platform events, the admin pages and the audit log for admins (and organisers’ events)', async () => {
    expect((await gqlAs<{ viewerCan: unknown }>(platform, member, PLATFORM_CAN)).viewerCan).toEqual({
      createPlatformEvent: false,
      administer: false,
      readAuditLog: false,
    });
    expect((await gqlAs<{ viewerCan: unknown }>(platform, admin, PLATFORM_CAN)).viewerCan).toEqual({
      createPlatformEvent: true,
      administer: true,
      readAuditLog: true,
    });
    const organiser = await person('Can Organiser', { role: 'ORGANISER' });
    expect((await gqlAs<{ viewerCan: unknown }>(platform, organiser, PLATFORM_CAN)).viewerCan).toEqual({
      createPlatformEvent: true,
      administer: false,
      readAuditLog: false,
    });
  });

  it('answers nobody signed out: UNAUTHENTICATED, as every operation but signing in', async () => {
    expect(code(await platform.graphql(GROUP_CAN, { id: groupId }))).toBe('UNAUTHENTICATED');
    expect(code(await platform.graphql(EVENT_CAN, { id: eventId }))).toBe('UNAUTHENTICATED');
    expect(code(await platform.graphql(THREAD_CAN, { id: threadId }))).toBe('UNAUTHENTICATED');
    expect(code(await platform.graphql(PLATFORM_CAN))).toBe('UNAUTHENTICATED');
  });
});
