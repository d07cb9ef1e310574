// Reminders and notices about a group's event reach only members who may still see the event when they are sent:
// a member who answered GOING and then lost access to the group hears nothing more, in the centre or by e-mail,
// while a member who kept access hears each (so that "nothing" cannot pass because nothing was sent).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EVENT_REMINDER_JOB } from '#libs/events';
import { JobQueue } from '#libs/jobs';
import { NotificationKind, type DomainEventName } from '#libs/domain-events';
import { createEventAs, daysFromNow, rsvpAs } from '../support/events.js';
import { MailCatcher } from '../support/mail-catcher.js';
import { gqlAs, inviteIntoGroup, signedInPerson, type Person } from '../support/people.js';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.js';
import { eventually, jobsSettled } from '../support/until.js';

const CENTRE = '{ notifications(first: 50) { edges { node { kind eventId } } } }';
const BY_EMAIL = `mutation { updateNotificationPreferences(input: { preferences: [
  { kind: EVENT_REMINDER, channel: EMAIL_NOW }, { kind: EVENT_CHANGED, channel: EMAIL_NOW },
  { kind: EVENT_ANNOUNCEMENT, channel: EMAIL_NOW }] }) { kind } }`;

describe('event reminders and notices after the recipient lost access to the group', () => {
  let platform: TestPlatform;
  let mail: MailCatcher;
  let owner: Person;

  const kindsOf = async (who: Person, eventId: string): Promise<string[]> =>
    (
      await gqlAs<{ notifications: { edges: Array<{ node: { kind: string; eventId: string | null } }> } }>(
        platform,
        who,
        CENTRE,
      )
    ).notifications.edges
      .map((edge) => edge.node)
      .filter((node) => node.eventId === eventId)
      .map((node) => node.kind)
      .sort();
  const mailsTo = (who: Person) => mail.mails.filter((m) => m.to === who.email).map((m) => m.subject);
  const settled = () => jobsSettled((sql) => platform.db.query(sql));
  const person = async (name: string) => {
    const who = await signedInPerson(platform, name);
    await gqlAs(platform, who, BY_EMAIL);
    return who;
  };
  const group = async (visibility: string) =>
    (
      await gqlAs<{ createGroup: { id: string } }>(
        platform,
        owner,
        'mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }',
        { input: { name: `Notices ${Math.random().toString(36).slice(2, 8)}`, visibility } },
      )
    ).createGroup.id;

  beforeAll(async () => {
    mail = new MailCatcher();
    platform = await startTestPlatform({ SMTP_URL: await mail.start() });
    owner = await signedInPerson(platform, 'Nina Notices');
  });

  afterAll(async () => {
    await platform.close();
    await mail.stop();
  });

  it('reminds and tells of changes only those who may still see the event once a PUBLIC group turns PRIVATE', async () => {
    const member = await person('Mo Member');
    const reader = await person('Rae Reader');
    const groupId = await group('PUBLIC');
    await inviteIntoGroup(platform, owner, groupId, [member]);
    const event = await createEventAs(platform, owner, {
      groupId,
      title: 'Closing circle',
      startsAt: daysFromNow(3),
      endsAt: daysFromNow(3, 2),
    });
    await rsvpAs(platform, member, event.id, 'GOING');
    await rsvpAs(platform, reader, event.id, 'GOING');

    await gqlAs(
      platform,
      owner,
      'mutation($g: ID!) { updateGroup(id: $g, input: { visibility: PRIVATE }) { id } }',
      {
        g: groupId,
      },
    );
    const [planned] = await platform.db.query<{ data: Record<string, unknown> }>(
      `SELECT data FROM pgboss.job WHERE name = $1 AND data->>'eventId' = $2 ORDER BY start_after LIMIT 1`,
      [EVENT_REMINDER_JOB, event.id],
    );
    await platform.api.get(JobQueue).enqueue(EVENT_REMINDER_JOB, planned.data);
    await gqlAs(
      platform,
      owner,
      'mutation($id: ID!) { updateEvent(id: $id, input: { venue: "The Small Room, Leeds" }) { id } }',
      { id: event.id },
    );
    await mail.waitFor(member.email, /changed/);
    await mail.waitFor(member.email, /Reminder/);
    await settled();
    expect(await kindsOf(member, event.id)).toEqual(['EVENT_CHANGED', 'EVENT_REMINDER']);
    expect(await kindsOf(reader, event.id)).toEqual([]);
    expect(mailsTo(reader)).toEqual([]);
  });

  it('asks the event policy when a notice is sent, not only when it was planned', async () => {
    const member = await person('Kit Kept');
    const removed = await person('Rob Removed');
    const groupId = await group('PRIVATE');
    await inviteIntoGroup(platform, owner, groupId, [member, removed]);
    const event = await createEventAs(platform, owner, { groupId, title: 'Inner circle' });
    await rsvpAs(platform, member, event.id, 'GOING');
    await rsvpAs(platform, removed, event.id, 'GOING');
    await gqlAs(
      platform,
      owner,
      'mutation($g: ID!, $m: ID!) { removeFromGroup(groupId: $g, memberId: $m, ban: false) }',
      { g: groupId, m: removed.id },
    );
    // An announcement whose recipients were chosen just before the removal, sent just after it.
    // The job of the domain event `notifications.requested`, as the domain that asked would have published it.
    const requested: DomainEventName = 'notifications.requested';
    await platform.api.get(JobQueue).enqueue(requested, {
      kind: NotificationKind.EVENT_ANNOUNCEMENT,
      actorId: owner.id,
      recipientIds: [member.id, removed.id],
      eventId: event.id,
      detail: 'The room has changed.',
      sourceId: crypto.randomUUID(),
    });
    await eventually(async () => ((await kindsOf(member, event.id)).length ? true : null));
    await mail.waitFor(member.email, /news/);
    await settled();
    expect(await kindsOf(member, event.id)).toEqual(['EVENT_ANNOUNCEMENT']);
    expect(await kindsOf(removed, event.id)).toEqual([]);
    expect(mailsTo(removed)).toEqual([]);
  });
});
