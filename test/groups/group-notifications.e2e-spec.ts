import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConferClient } from '#libs/client';
import type { NotificationPayload } from '#libs/realtime-contract';
import { MailCatcher } from '../support/mail-catcher.js';
import { gqlAs, postAs, privateThread, signedInPerson, type Person } from '../support/people.js';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.js';
import { eventually, jobsSettled, until } from '../support/until.js';

interface Told {
  id: string;
  kind: string;
  count: number;
  summary: string;
  excerpt: string | null;
  link: string;
  groupId: string | null;
  pairingRequestId: string | null;
  actor: { displayName: string } | null;
}

const CENTRE = `{ notifications(first: 50) { edges { node {
  id kind count summary excerpt link groupId pairingRequestId actor { displayName } } } } }`;
const PREFER = `mutation($kind: NotificationKind!, $channel: NotificationChannel!) {
  updateNotificationPreferences(input: { preferences: [{ kind: $kind, channel: $channel }] }) { kind channel } }`;

describe('notifications of groups, pairing and blocking', () => {
  let platform: TestPlatform;
  let mail: MailCatcher;
  const clients: ConferClient[] = [];

  const gql = <T>(who: Person, query: string, variables: Record<string, unknown> = {}) =>
    gqlAs<T>(platform, who, query, variables);
  const centre = async (who: Person): Promise<Told[]> =>
    (await gql<{ notifications: { edges: Array<{ node: Told }> } }>(who, CENTRE)).notifications.edges.map(
      (e) => e.node,
    );
  const settled = () => jobsSettled((sql) => platform.db.query(sql));
  const told = async (who: Person, kind: string): Promise<Told> =>
    eventually(async () => (await centre(who)).find((n) => n.kind === kind));

  beforeAll(async () => {
    mail = new MailCatcher();
    platform = await startTestPlatform({ SMTP_URL: await mail.start() });
  });

  afterAll(async () => {
    clients.forEach((client) => client.close());
    await platform.close();
    await mail.stop();
  });

  describe('groups', () => {
    let owner: Person;
    let moderator: Person;
    let plain: Person;
    let groupId: string;
    let slug: string;

    beforeAll(async () => {
      owner = await signedInPerson(platform, 'Gwen Owner');
      moderator = await signedInPerson(platform, 'Mo Moderator');
      plain = await signedInPerson(platform, 'Pia Plain');
      ({ groupId } = await privateThread(platform, owner, [moderator, plain], 'Carers network'));
      await gql(
        owner,
        'mutation($g: ID!, $m: ID!) { setGroupRole(groupId: $g, memberId: $m, role: MODERATOR) { role } }',
        {
          g: groupId,
          m: moderator.id,
        },
      );
      slug = (
        await gql<{ group: { slug: string } }>(owner, 'query($g: ID!) { group(id: $g) { slug } }', {
          g: groupId,
        })
      ).group.slug;
    });

    it('tells the owners and moderators of a private group of a join request, gathered, and nobody else', async () => {
      const first = await signedInPerson(platform, 'Rita Requester');
      const second = await signedInPerson(platform, 'Sam Second');
      await gql(first, 'mutation($g: ID!) { joinGroup(groupId: $g) { status } }', { g: groupId });
      const one = await told(owner, 'JOIN_REQUEST');
      expect(one).toMatchObject({
        count: 1,
        summary: 'Rita Requester asked to join Carers network group',
        link: `/groups/${slug}/requests`,
        groupId,
        actor: { displayName: 'Rita Requester' },
      });
      await gql(second, 'mutation($g: ID!) { joinGroup(groupId: $g) { status } }', { g: groupId });
      // Asking again while pending tells nobody again.
      await gql(second, 'mutation($g: ID!) { joinGroup(groupId: $g) { status } }', { g: groupId });
      await until(async () => (await told(owner, 'JOIN_REQUEST')).count === 2, {
        what: 'the gathered request',
      });
      await settled();
      expect((await told(owner, 'JOIN_REQUEST')).summary).toBe('2 people asked to join Carers network group');
      expect((await told(moderator, 'JOIN_REQUEST')).count).toBe(2);
      expect((await centre(plain)).filter((n) => n.kind === 'JOIN_REQUEST')).toEqual([]);
      expect(await centre(first)).toEqual([]);
    });

    it('tells a member their request was approved, and nothing when it is declined', async () => {
      const approved = await signedInPerson(platform, 'Ann Approved');
      const declined = await signedInPerson(platform, 'Dee Declined');
      const request = async (who: Person) =>
        (
          await gql<{ joinGroup: { id: string } }>(
            who,
            'mutation($g: ID!) { joinGroup(groupId: $g) { id } }',
            { g: groupId },
          )
        ).joinGroup.id;
      const decide = (id: string, approve: boolean) =>
        gql(
          moderator,
          'mutation($id: ID!, $a: Boolean!) { decideJoinRequest(membershipId: $id, approve: $a) { status } }',
          {
            id,
            a: approve,
          },
        );
      await decide(await request(approved), true);
      await decide(await request(declined), false);
      expect(await told(approved, 'JOIN_APPROVED')).toMatchObject({
        summary: 'You are now a member of Carers network group',
        link: `/groups/${slug}`,
        actor: { displayName: 'Mo Moderator' },
      });
      await settled();
      expect(await centre(declined)).toEqual([]);
    });

    it('tells an invitee live, even to a hidden group, and not when they turned invitations off', async () => {
      const invitee = await signedInPerson(platform, 'Ivy Invitee');
      const quiet = await signedInPerson(platform, 'Quinn Quiet');
      await gql(quiet, PREFER, { kind: 'GROUP_INVITATION', channel: 'OFF' });
      const live = await ConferClient.connect({ url: platform.realtimeUrl, token: invitee.token });
      clients.push(live);
      const heard: NotificationPayload[] = [];
      live.socket.on('notification:new', (n) => heard.push(n));
      const { createGroup } = await gql<{ createGroup: { id: string; slug: string } }>(
        owner,
        'mutation { createGroup(input: { name: "Quiet room", visibility: HIDDEN }) { id slug } }',
      );
      for (const who of [invitee, quiet])
        await gql(
          owner,
          'mutation($g: ID!, $m: ID!) { inviteToGroup(groupId: $g, memberId: $m) { status } }',
          {
            g: createGroup.id,
            m: who.id,
          },
        );
      await until(() => heard.length === 1, { what: 'the live invitation' });
      expect(heard[0]).toMatchObject({
        kind: 'GROUP_INVITATION',
        summary: 'Gwen Owner invited you to join Quiet room',
        link: `/groups/${createGroup.slug}`,
        groupId: createGroup.id,
        actorId: owner.id,
      });
      await settled();
      expect(await centre(quiet)).toEqual([]);
    });
  });

  describe('pairing', () => {
    it('tells the member asked, by e-mail when they chose it, and the asker of the answer', async () => {
      const asker = await signedInPerson(platform, 'Asha Asker', { openToPairing: true });
      const asked = await signedInPerson(platform, 'Ben Asked', { openToPairing: true });
      await gql(asked, PREFER, { kind: 'PAIRING_REQUEST', channel: 'EMAIL_NOW' });
      const { requestPairing } = await gql<{ requestPairing: { id: string } }>(
        asker,
        'mutation($m: ID!) { requestPairing(memberId: $m, message: "Shall we work on discharge together?") { id } }',
        { m: asked.id },
      );
      expect(await told(asked, 'PAIRING_REQUEST')).toMatchObject({
        summary: 'Asha Asker asked you to be their collaborative pair',
        excerpt: 'Shall we work on discharge together?',
        link: '/pairings',
        pairingRequestId: requestPairing.id,
      });
      const mailed = await mail.waitFor(asked.email, /collaborative pair/);
      expect(mailed.text).toContain('> Shall we work on discharge together?');
      expect(mailed.text).toContain('Answer the request: http://confer.test/pairings');
      expect(mailed.headers['list-unsubscribe']).toMatch(/unsubscribe\?token=/);

      await gql(asked, 'mutation($r: ID!) { respondToPairing(requestId: $r, accept: true) { status } }', {
        r: requestPairing.id,
      });
      expect(await told(asker, 'PAIRING_ANSWER')).toMatchObject({
        summary: 'Ben Asked accepted your pairing request: you are now a collaborative pair',
        pairingRequestId: requestPairing.id,
      });
      // In-app by default: no e-mail for the answer.
      await settled();
      expect(mail.mails.filter((m) => m.to === asker.email)).toEqual([]);
    });
  });

  describe('blocking', () => {
    let blocker: Person;
    let blocked: Person;
    let threadId: string;

    beforeAll(async () => {
      blocker = await signedInPerson(platform, 'Bea Blocker', {
        openToPairing: true,
        leaderType: 'PATIENT_LEADER',
      });
      blocked = await signedInPerson(platform, 'Nat Nuisance', {
        openToPairing: true,
        leaderType: 'HEALTHCARE_PROFESSIONAL',
      });
      ({ threadId } = await privateThread(platform, blocker, [blocked], 'Shared space'));
      await settled();
      await gql(blocker, 'mutation { markNotificationsRead }');
      await gql(blocked, 'mutation { markNotificationsRead }');
    });

    const suggestedTo = async (who: Person) =>
      (
        await gql<{ suggestedPeers: Array<{ member: { id: string } }> }>(
          who,
          '{ suggestedPeers(first: 50) { member { id } } }',
        )
      ).suggestedPeers.map((s) => s.member.id);

    it('stops the blocked member reaching the blocker, and unblocking restores it', async () => {
      expect(await suggestedTo(blocker)).toContain(blocked.id);
      expect(
        await gql(blocker, 'mutation($m: ID!) { blockMember(memberId: $m) }', { m: blocked.id }),
      ).toEqual({
        blockMember: true,
      });
      // Twice is harmless; the list shows them.
      await gql(blocker, 'mutation($m: ID!) { blockMember(memberId: $m) }', { m: blocked.id });
      expect(await gql(blocker, '{ blockedMembers { id displayName } }')).toEqual({
        blockedMembers: [{ id: blocked.id, displayName: 'Nat Nuisance' }],
      });

      await postAs(platform, blocked, threadId, `@${blocker.handle} are you there?`);
      const direct = await platform.graphql(
        'mutation($m: ID!) { startDirectThread(memberId: $m) { id } }',
        { m: blocker.id },
        blocked.token,
      );
      // As for a member whose account is gone (test/moderation/blocking-looks-like-gone.e2e-spec.ts): a block is never told.
      expect(direct.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const pairing = await platform.graphql(
        'mutation($m: ID!) { requestPairing(memberId: $m) { id } }',
        { m: blocker.id },
        blocked.token,
      );
      expect(pairing.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { memberId: 'Former member is not looking for a pair at the moment.' },
      });
      const back = await platform.graphql(
        'mutation($m: ID!) { startDirectThread(memberId: $m) { id } }',
        { m: blocked.id },
        blocker.token,
      );
      expect(back.errors?.[0]?.message).toContain('unblock them');
      expect(await suggestedTo(blocker)).not.toContain(blocked.id);
      expect(await suggestedTo(blocked)).not.toContain(blocker.id);
      await settled();
      expect((await centre(blocker)).filter((n) => n.kind === 'MENTION')).toEqual([]);
      // The blocked member is not told they were blocked, and still reads the shared thread.
      expect((await centre(blocked)).filter((n) => n.summary.includes('block'))).toEqual([]);

      await gql(blocker, 'mutation($m: ID!) { unblockMember(memberId: $m) }', { m: blocked.id });
      expect(await gql(blocker, '{ blockedMembers { id } }')).toEqual({ blockedMembers: [] });
      await postAs(platform, blocked, threadId, `@${blocker.handle} hello again`);
      expect(await told(blocker, 'MENTION')).toMatchObject({
        summary: 'Nat Nuisance mentioned you in “Shared space”',
      });
      expect(await suggestedTo(blocker)).toContain(blocked.id);
    });

    it('refuses blocking yourself or nobody, and asks anyone to sign in first', async () => {
      const self = await platform.graphql(
        'mutation($m: ID!) { blockMember(memberId: $m) }',
        { m: blocker.id },
        blocker.token,
      );
      expect(self.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { memberId: 'You cannot block yourself.' },
      });
      const nobody = await platform.graphql(
        'mutation { blockMember(memberId: "8d3c1d5e-51a4-4f6c-9f57-3a4f8d2b1c00") }',
        {},
        blocker.token,
      );
      expect(nobody.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const anonymous = await platform.graphql('mutation($m: ID!) { blockMember(memberId: $m) }', {
        m: blocked.id,
      });
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const list = await platform.graphql('{ blockedMembers { id } }', {});
      expect(list.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});
