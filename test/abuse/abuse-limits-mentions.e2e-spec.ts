import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ABUSE_LIMITS_ENV } from '../support/abuse-limits.js';
import { MailCatcher } from '../support/mail-catcher.js';
import { newMember } from '../support/member-factory.js';
import { postAs, privateThread, signedInPerson, type Person } from '../support/people.js';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.js';
import { jobsSettled, until } from '../support/until.js';

/** Issue 17: mentions tell at most 20 members a message, and e-mail a member once a thread in 10 minutes. */
describe('abuse limits on mentions (issue 17)', () => {
  let platform: TestPlatform;
  let mail: MailCatcher;
  let owner: Person;

  const settle = () => jobsSettled((sql) => platform.db.query(sql));

  beforeAll(async () => {
    mail = new MailCatcher();
    platform = await startTestPlatform({ ...ABUSE_LIMITS_ENV, SMTP_URL: await mail.start() });
    owner = await signedInPerson(platform, 'Mention Owner');
  });

  afterAll(async () => {
    await platform.close();
    await mail.stop();
  });

  it('tells exactly 20 of 25 members mentioned in one message; the text keeps all 25', async () => {
    const { groupId, threadId } = await privateThread(platform, owner, [], 'Everyone at once');
    const crowd = [];
    for (let i = 0; i < 25; i++) crowd.push(await newMember(platform.db, { handle: `crowd-member-${i}` }));
    await platform.db.query(
      `INSERT INTO group_memberships (group_id, member_id, role, status)
         SELECT $1, id, 'MEMBER', 'ACTIVE' FROM unnest($2::uuid[]) AS id`,
      [groupId, crowd.map((member) => member.id)],
    );
    const body = `Hello ${crowd.map((member) => `@${member.handle}`).join(' ')}!`;
    const messageId = await postAs(platform, owner, threadId, body);
    await settle();
    const [{ told }] = await platform.db.query<{ told: number }>(
      "SELECT count(DISTINCT recipient_id)::int AS told FROM notifications WHERE message_id = $1 AND kind = 'MENTION'",
      [messageId],
    );
    expect(told).toBe(20);
    await until(() => mail.mails.filter((m) => /mentioned you/.test(m.subject)).length >= 20);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mail.mails.filter((m) => /mentioned you/.test(m.subject))).toHaveLength(20);
    const [{ stored }] = await platform.db.query<{ stored: string }>(
      'SELECT body AS stored FROM messages WHERE id = $1',
      [messageId],
    );
    expect(stored).toBe(body);
  });

  it('e-mails a member mentioned twice in one thread within 10 minutes once, and tells both in the app', async () => {
    const kit = await signedInPerson(platform, 'Kit Mentioned');
    const first = await privateThread(platform, owner, [kit], 'First thread');
    const second = await privateThread(platform, owner, [kit], 'Second thread');
    const mentionsOfKit = () =>
      mail.mails.filter((m) => m.to === kit.email && /mentioned you/.test(m.subject));

    await postAs(platform, owner, first.threadId, `What do you think, @${kit.handle}?`);
    await mail.waitFor(kit.email, /mentioned you in “First thread”/);
    await postAs(platform, owner, first.threadId, `And this, @${kit.handle}?`);
    await settle();
    // Another thread is another e-mail.
    await postAs(platform, owner, second.threadId, `Over here too, @${kit.handle}.`);
    await mail.waitFor(kit.email, /mentioned you in “Second thread”/);
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mentionsOfKit().map((m) => m.subject)).toEqual([
      'Mention Owner mentioned you in “First thread”',
      'Mention Owner mentioned you in “Second thread”',
    ]);
    const [{ inApp }] = await platform.db.query<{ inApp: number }>(
      `SELECT count(*)::int AS "inApp" FROM notifications WHERE recipient_id = $1 AND kind = 'MENTION'`,
      [kit.id],
    );
    expect(inApp).toBe(3);

    // Ten minutes on, a new mention in the first thread is e-mailed again.
    await platform.db.query(
      "UPDATE notifications SET created_at = created_at - interval '11 minutes' WHERE recipient_id = $1",
      [kit.id],
    );
    await postAs(platform, owner, first.threadId, `Back to you, @${kit.handle}.`);
    await settle();
    await until(() => mentionsOfKit().length === 3);
  });
});
