import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JobQueue } from '#libs/jobs';
import { DAILY_DIGEST_JOB } from '#libs/notifications';
import { MailCatcher } from '../support/mail-catcher.js';
import { gqlAs, postAs, privateThread, signedInPerson, type Person } from '../support/people.js';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.js';
import { jobsSettled } from '../support/until.js';

const SET = `mutation($input: UpdateNotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) { kind channel } }`;

describe('notification e-mail: preferences, one e-mail per notification, one-click unsubscribe', () => {
  let platform: TestPlatform;
  let mail: MailCatcher;
  let owner: Person;
  let member: Person;
  let threadId: string;

  const mailsTo = (who: Person) => mail.mails.filter((m) => m.to === who.email);
  const settle = () => jobsSettled((sql) => platform.db.query(sql));
  const unreadOf = async (who: Person) =>
    (await gqlAs<{ unreadNotificationCount: number }>(platform, who, '{ unreadNotificationCount }'))
      .unreadNotificationCount;

  beforeAll(async () => {
    mail = new MailCatcher();
    platform = await startTestPlatform({ SMTP_URL: await mail.start() });
    owner = await signedInPerson(platform, 'Mail Owner');
    member = await signedInPerson(platform, 'Mail Member');
    ({ threadId } = await privateThread(platform, owner, [member], 'Carers network'));
  });

  afterAll(async () => {
    await platform.close();
    await mail.stop();
  });

  it('has sensible defaults: mentions and direct messages by e-mail at once, the rest in the app', async () => {
    const { notificationPreferences } = await gqlAs<{
      notificationPreferences: Array<{ kind: string; channel: string }>;
    }>(platform, member, '{ notificationPreferences { kind channel } }');
    const channel = new Map(notificationPreferences.map((p) => [p.kind, p.channel]));
    expect(channel.get('MENTION')).toBe('EMAIL_NOW');
    expect(channel.get('DIRECT_MESSAGE')).toBe('EMAIL_NOW');
    expect(channel.get('REPLY')).toBe('IN_APP');
    expect(channel.size).toBe(14); // GROUP_HANDED_OVER joined the kinds (issue 17, item 21)
  });

  it('e-mails a mention at once, in plain words, with a link and a one-click unsubscribe', async () => {
    await postAs(platform, owner, threadId, `Could you share your notes, @${member.handle}?`);
    const sent = await mail.waitFor(member.email, /mentioned you/);
    expect(sent.subject).toBe('Mail Owner mentioned you in “Carers network”');
    expect(sent.text).toContain('> Could you share your notes');
    expect(sent.text).toContain(`http://confer.test/threads/${threadId}`);
    expect(sent.html).toContain('Read it and reply');
    expect(sent.headers['list-unsubscribe']).toMatch(/^<http:\/\/confer\.test\/unsubscribe\?token=[\w.-]+>$/);
    expect(sent.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    await settle();
    expect(mailsTo(owner)).toEqual([]); // not for your own message

    // The mail program's one-click POST: e-mail for mentions stops; they stay in the app.
    const url = sent.headers['list-unsubscribe'].slice(1, -1).replace('http://confer.test', platform.apiUrl);
    const page = await fetch(url); // a link checker's GET changes nothing
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Stop these e-mails');
    const done = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('no longer get e-mails for mentions');
    const forged = await fetch(`${platform.apiUrl}/unsubscribe?token=${encodeURIComponent('abc.def')}`, {
      method: 'POST',
    });
    expect(forged.status).toBe(400);

    const before = mailsTo(member).length;
    const unread = await unreadOf(member);
    await postAs(platform, owner, threadId, `And yours too, @${member.handle}`);
    await settle();
    expect(mailsTo(member)).toHaveLength(before);
    expect(await unreadOf(member)).toBe(unread + 1); // still told in the app
  });

  it('tells nothing at all for a kind set OFF', async () => {
    await gqlAs(platform, member, SET, { input: { preferences: [{ kind: 'REPLY', channel: 'OFF' }] } });
    const question = await postAs(platform, member, threadId, 'What did everyone think?');
    const unread = await unreadOf(member);
    await postAs(platform, owner, threadId, 'It was good', { parentId: question });
    await settle();
    expect(await unreadOf(member)).toBe(unread);
    const refused = await platform.graphql(
      SET,
      { input: { preferences: [{ kind: 'REPLY', channel: 'LOUDLY' }] } },
      member.token,
    );
    expect(refused.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('sends one e-mail for messages gathered in one notification, and none again when its job runs again', async () => {
    const { startDirectThread } = await gqlAs<{ startDirectThread: { id: string } }>(
      platform,
      owner,
      'mutation($m: ID!) { startDirectThread(memberId: $m) { id } }',
      { m: member.id },
    );
    await postAs(platform, owner, startDirectThread.id, 'Hi, are you free on Friday?');
    await postAs(platform, owner, startDirectThread.id, 'Or Monday?');
    // Said as it stands when the e-mail goes: one message, or the two gathered by then.
    const fromOwner = /Mail Owner sent you a message|2 new messages from Mail Owner/;
    await mail.waitFor(member.email, fromOwner);
    await settle();
    expect(mailsTo(member).filter((m) => fromOwner.test(m.subject))).toHaveLength(1);

    const [notification] = await platform.db.query<{ id: string }>(
      `SELECT id FROM notifications WHERE recipient_id = $1 AND kind = 'DIRECT_MESSAGE'`,
      [member.id],
    );
    const jobId = await platform.api
      .get(JobQueue)
      .enqueue('notifications.email', { notificationId: notification.id });
    let state = '';
    for (let i = 0; i < 100 && state !== 'completed'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      [{ state }] = await platform.db.query<{ state: string }>('SELECT state FROM pgboss.job WHERE id = $1', [
        jobId,
      ]);
    }
    expect(state).toBe('completed'); // the job ran, and sent nothing
    expect(mailsTo(member).filter((m) => fromOwner.test(m.subject))).toHaveLength(1);
  });

  it('sends a daily digest of what is still unread of the kinds chosen for it, once, and nothing else', async () => {
    await gqlAs(platform, member, 'mutation { markNotificationsRead }'); // a clean slate
    await gqlAs(platform, member, SET, {
      input: {
        preferences: [
          { kind: 'REPLY', channel: 'DAILY_DIGEST' },
          { kind: 'MENTION', channel: 'DAILY_DIGEST' },
        ],
      },
    });
    const question = await postAs(platform, member, threadId, 'Shall we meet in January?');
    await postAs(platform, owner, threadId, 'Yes', { parentId: question });
    await postAs(platform, owner, threadId, 'The 14th?', { parentId: question });
    const mention = await postAs(platform, owner, threadId, `What do you think, @${member.handle}?`);
    await settle();
    // Read the mention before the digest: it is not in it.
    const [read] = await platform.db.query<{ id: string }>(
      'SELECT id FROM notifications WHERE message_id = $1',
      [mention],
    );
    await gqlAs(platform, member, 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }', {
      ids: [read.id],
    });
    const mailsBefore = mailsTo(member).length;

    const jobs = platform.api.get(JobQueue);
    await jobs.enqueue(DAILY_DIGEST_JOB, {});
    const digest = await mail.waitFor(member.email, /digest/);
    expect(digest.subject).toBe('Your Confer digest: 1 thing waiting');
    expect(digest.text).toContain('- 2 new replies to you in “Carers network”');
    expect(digest.text).not.toContain('mentioned you');
    expect(digest.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(mailsTo(owner).some((m) => /digest/.test(m.subject))).toBe(false);

    await jobs.enqueue(DAILY_DIGEST_JOB, {}); // the next run has nothing new for anyone
    await settle();
    await settle();
    expect(mailsTo(member)).toHaveLength(mailsBefore + 1);

    const url = digest.headers['list-unsubscribe']
      .slice(1, -1)
      .replace('http://confer.test', platform.apiUrl);
    expect((await fetch(url, { method: 'POST' })).status).toBe(200);
    const { notificationPreferences } = await gqlAs<{
      notificationPreferences: Array<{ kind: string; channel: string }>;
    }>(platform, member, '{ notificationPreferences { kind channel } }');
    expect(notificationPreferences.filter((p) => p.channel === 'DAILY_DIGEST')).toEqual([]);
  }, 30_000);
});
