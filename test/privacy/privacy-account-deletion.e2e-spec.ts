import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { accountToDelete } from '../support/account-deletion.js';
import { MEMBER_PASSWORD } from '../support/member-factory.js';
import { gqlAs, type Person } from '../support/people.js';
import { DELETE, PERSONAL, privacyHelpers, type Row } from '../support/privacy.js';
import { ADMIN, socketOutcome, startTestPlatform, type TestPlatform } from '../support/test-platform.js';
import { jobsSettled, until } from '../support/until.js';

/** Privacy (UK GDPR): deleteMyAccount, the refusals, and everything that follows a deletion. */
describe('privacy: consent, export and account deletion', () => {
  let platform: TestPlatform;
  let adminToken: string;

  const { gql, profileRow } = privacyHelpers(() => platform);

  beforeAll(async () => {
    platform = await startTestPlatform();
    adminToken = await platform.login(ADMIN.email, ADMIN.password);
  });

  afterAll(() => platform.close());

  describe('deleteMyAccount', () => {
    let del: Person & { refreshToken: string };
    let friend: Person;
    let waiter: Person;
    let organiser: Person;
    let groupId: string;
    let soloGroupId: string;
    let threadId: string;
    let eventId: string;
    let feedPath: string;
    let pairingId: string;

    beforeAll(async () => {
      ({ del, friend, waiter, organiser, groupId, soloGroupId, threadId, eventId, feedPath, pairingId } =
        await accountToDelete(platform));
    });

    it('refuses a wrong password, naming it, and changes nothing', async () => {
      const before = await platform.db.query('SELECT * FROM members WHERE id = $1', [del.id]);
      const profileBefore = await profileRow(del.id);
      const result = await gql(del, DELETE, { p: 'not my password at all' });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { password: expect.any(String) },
      });
      expect(await platform.db.query('SELECT * FROM members WHERE id = $1', [del.id])).toEqual(before);
      expect(await profileRow(del.id)).toEqual(profileBefore);
      expect((await gql(del, '{ me { id } }')).errors).toBeUndefined();
    });

    describe('with the right password, once the group has a second owner', () => {
      let closed: Promise<unknown>;

      beforeAll(async () => {
        // Before: suggested to others, and (once the request is accepted) paired.
        expect(
          (
            await gqlAs<{ suggestedPeers: Array<{ member: { id: string } }> }>(
              platform,
              waiter,
              '{ suggestedPeers(first: 50) { member { id } } }',
            )
          ).suggestedPeers.map((s) => s.member.id),
        ).toContain(del.id);
        await gqlAs(
          platform,
          friend,
          'mutation($r: ID!) { respondToPairing(requestId: $r, accept: true) { status } }',
          {
            r: pairingId,
          },
        );
        expect(
          (
            await gqlAs<{ me: { pairedWith: Array<{ id: string }> } }>(
              platform,
              friend,
              '{ me { pairedWith { id } } }',
            )
          ).me.pairedWith,
        ).toEqual([{ id: del.id }]);
        await jobsSettled((sql) => platform.db.query(sql));
        await gqlAs(
          platform,
          del,
          'mutation($g: ID!, $m: ID!) { setGroupRole(groupId: $g, memberId: $m, role: OWNER) { role } }',
          { g: groupId, m: friend.id },
        );
        const socket = platform.connectSocket(del.token);
        await socketOutcome(socket);
        closed = new Promise((resolve) => socket.once('disconnect', resolve));
        const result = await gql<{ deleteMyAccount: boolean }>(del, DELETE, { p: MEMBER_PASSWORD });
        expect(result.errors).toBeUndefined();
        expect(result.data!.deleteMyAccount).toBe(true);
      });

      it('signs them out everywhere: login, the old access token, the refresh token and sockets are refused', async () => {
        const login = await platform.graphql(
          'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
          { input: { email: del.email, password: MEMBER_PASSWORD } },
        );
        expect(login.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
        expect((await gql(del, '{ me { id } }')).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
        const refresh = await platform.graphql(
          'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }',
          { t: del.refreshToken },
        );
        expect(refresh.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
        await closed;
        await expect(socketOutcome(platform.connectSocket(del.token))).rejects.toThrow('UNAUTHENTICATED');
      });

      it('shows them to everyone, admins included, as a former member with nothing personal', async () => {
        for (const token of [friend.token, adminToken]) {
          const { data } = await gql<{ member: Record<string, unknown> }>(
            token,
            `query($id: ID!) { member(id: $id) { ${PERSONAL} } }`,
            { id: del.id },
          );
          expect(data!.member).toEqual({
            id: del.id,
            handle: expect.stringMatching(/^former-[0-9a-f]{16}$/),
            displayName: 'Former member',
            email: null,
            pronouns: null,
            headline: null,
            bio: null,
            livedExperience: null,
            leaderType: null,
            organisation: null,
            jobTitle: null,
            region: null,
            topics: null,
            cohort: null,
            avatarUrl: null,
            listedInDirectory: null,
            visibility: null,
            consents: null,
          });
        }
      });

      it('keeps their messages in the thread, by "Former member"', async () => {
        const { thread } = await gqlAs<{
          thread: { author: Row; messages: { edges: Array<{ node: Row }> } };
        }>(
          platform,
          friend,
          `query($id: ID!) { thread(id: $id) { author { displayName }
             messages(first: 10) { edges { node { body author { id displayName handle bio } } } } } }`,
          { id: threadId },
        );
        expect(thread.author).toEqual({ displayName: 'Former member' });
        expect(thread.messages.edges.map((e) => e.node)).toEqual([
          {
            body: 'ZEB-FIRST-WORDS',
            author: {
              id: del.id,
              displayName: 'Former member',
              handle: expect.stringMatching(/^former-/),
              bio: null,
            },
          },
          expect.objectContaining({ body: 'Thank you, this helps.' }),
          expect.objectContaining({
            body: 'ZEB-SECOND-THOUGHTS',
            author: expect.objectContaining({ id: del.id }),
          }),
        ]);
      });

      it('takes them out of the directory, suggestions, groups and pairings', async () => {
        const search = await gqlAs<{ members: { totalCount: number } }>(
          platform,
          friend,
          '{ members(filter: { text: "Zebedee" }) { totalCount } }',
        );
        expect(search.members.totalCount).toBe(0);
        const wales = await gqlAs<{ members: { edges: Array<{ node: { id: string } }> } }>(
          platform,
          friend,
          '{ members(filter: { regions: ["WALES"] }, first: 100) { edges { node { id } } } }',
        );
        expect(wales.members.edges.map((e) => e.node.id)).not.toContain(del.id);
        const { suggestedPeers } = await gqlAs<{ suggestedPeers: Array<{ member: { id: string } }> }>(
          platform,
          waiter,
          '{ suggestedPeers(first: 50) { member { id } } }',
        );
        expect(suggestedPeers.map((s) => s.member.id)).not.toContain(del.id);
        const { group } = await gqlAs<{ group: { memberCount: number } }>(
          platform,
          friend,
          'query($id: ID!) { group(id: $id) { memberCount } }',
          { id: groupId },
        );
        expect(group.memberCount).toBe(1);
        const { me } = await gqlAs<{ me: { pairedWith: unknown[] } }>(
          platform,
          friend,
          '{ me { pairedWith { id } } }',
        );
        expect(me.pairedWith).toEqual([]);
      });

      it('gives their place to the first in line, who is told, and drops them from the attendees', async () => {
        const { event } = await gqlAs<{ event: Row }>(
          platform,
          organiser,
          `query($id: ID!) { event(id: $id) { goingCount waitlistCount
             attendees { going { displayName } waitlisted { displayName } } } }`,
          { id: eventId },
        );
        expect(event).toEqual({
          goingCount: 1,
          waitlistCount: 0,
          attendees: { going: [{ displayName: 'Wren Waiter' }], waitlisted: [] },
        });
        await until(
          async () =>
            (
              await platform.db.query(
                `SELECT 1 FROM notifications WHERE recipient_id = $1 AND kind = 'WAITLIST_PROMOTED' AND event_id = $2`,
                [waiter.id, eventId],
              )
            ).length === 1,
          { what: 'the promotion notification' },
        );
      });

      it('ends their calendar feed', async () => {
        expect((await fetch(`${platform.apiUrl}${feedPath}`)).status).toBe(404);
      });

      it('forgets the words of their name kept for typo matching, but not words others bear too', async () => {
        const words = await platform.db.query<{ word: string }>(
          `SELECT word FROM member_name_words WHERE word IN ('zebedee', 'quartermaine', 'fern', 'former')`,
        );
        // Fern Quartermaine, a friend, still bears "quartermaine".
        expect(words.map((row) => row.word).sort()).toEqual(['fern', 'quartermaine']);
      });

      it('keeps nothing personal in what remains of the account', async () => {
        const [account] = await platform.db.query<Record<string, unknown>>(
          'SELECT * FROM members WHERE id = $1',
          [del.id],
        );
        expect(account).toMatchObject({
          status: 'DELETED',
          email: `deleted:${del.id}`,
          display_name: 'Former member',
          password_hash: null,
        });
        const profile = await profileRow(del.id);
        expect(profile).toMatchObject({
          display_name: 'Former member',
          pronouns: null,
          headline: null,
          bio: null,
          lived_experience: null,
          leader_type: null,
          organisation: null,
          job_title: null,
          region_code: null,
          topic_ids: [],
          avatar_url: null,
          open_to_pairing: false,
          in_directory: false,
        });
        const [directory] = await platform.db.query<{ search: string; dir_region_code: string | null }>(
          'SELECT search::text, dir_region_code FROM member_profiles WHERE member_id = $1',
          [del.id],
        );
        expect(directory.dir_region_code).toBeNull();
        expect(directory.search).not.toMatch(/zebedee|dialysis/i);
        const everything = JSON.stringify([account, profile]);
        expect(
          await platform.db.query(`SELECT 1 FROM message_edits WHERE previous_body LIKE '%ZEB-DRAFT-WORDS%'`),
        ).toHaveLength(0);
        for (const words of ['Zebedee', 'zebedee', del.email, 'Kidney failure', 'Zeb Org']) {
          expect(everything.includes(words)).toBe(false);
        }
        const left = await platform.db.query<{ what: string; n: number }>(
          `SELECT 'memberships' AS what, count(*)::int AS n FROM group_memberships WHERE member_id = $1
           UNION ALL SELECT 'pairings', count(*)::int FROM pairing_requests WHERE $1 IN (requester_id, recipient_id)
           UNION ALL SELECT 'blocks', count(*)::int FROM member_blocks WHERE $1 IN (blocker_id, blocked_id)
           UNION ALL SELECT 'rsvps', count(*)::int FROM event_rsvps WHERE member_id = $1
           UNION ALL SELECT 'notifications', count(*)::int FROM notifications WHERE recipient_id = $1
           UNION ALL SELECT 'feed', count(*)::int FROM calendar_feeds WHERE member_id = $1
           UNION ALL SELECT 'open sessions', count(*)::int FROM sessions WHERE member_id = $1 AND revoked_at IS NULL
           UNION ALL SELECT 'refresh tokens', count(*)::int
                       FROM refresh_tokens WHERE session_id IN (SELECT id FROM sessions WHERE member_id = $1)
           UNION ALL SELECT 'active consents', count(*)::int
                       FROM member_consents WHERE member_id = $1 AND withdrawn_at IS NULL
           UNION ALL SELECT 'messages kept', count(*)::int FROM messages WHERE author_id = $1
           UNION ALL SELECT 'earlier versions', count(*)::int
                       FROM message_edits WHERE message_id IN (SELECT id FROM messages WHERE author_id = $1)`,
          [del.id],
        );
        expect(Object.fromEntries(left.map((row) => [row.what, row.n]))).toEqual({
          memberships: 0,
          pairings: 0,
          blocks: 0,
          rsvps: 0,
          notifications: 0,
          feed: 0,
          'open sessions': 0,
          'refresh tokens': 0,
          'active consents': 0,
          'messages kept': 2,
          'earlier versions': 0,
        });
        // Their words went from others' notifications of the pairing they asked for.
        expect(
          await platform.db.query(`SELECT 1 FROM notifications WHERE detail LIKE '%ZEB-PAIRING-WORDS%'`),
        ).toHaveLength(0);
        expect(
          await platform.db.query(
            `SELECT 1 FROM audit_log WHERE action = 'DELETE_ACCOUNT' AND subject_id = $1 AND actor_id = $1`,
            [del.id],
          ),
        ).toHaveLength(1);
        // A group they were alone in stays, without members, for the admins.
        expect(
          await platform.db.query('SELECT 1 FROM group_memberships WHERE group_id = $1', [soloGroupId]),
        ).toHaveLength(0);
      });

      it('lets an admin invite the address again, and the person register anew', async () => {
        const invited = await gql<{ createInvitation: { token: string } }>(
          adminToken,
          'mutation($e: String!) { createInvitation(input: { email: $e, role: MEMBER }) { token } }',
          { e: del.email },
        );
        expect(invited.errors).toBeUndefined();
        const registered = await platform.graphql<{ register: { member: Record<string, unknown> } }>(
          `mutation($input: RegisterInput!) { register(input: $input) { member { id displayName email bio } } }`,
          {
            input: {
              invitationToken: invited.data!.createInvitation.token,
              email: del.email,
              password: 'a brand new password',
              displayName: 'Zebedee Again',
            },
          },
        );
        expect(registered.errors).toBeUndefined();
        expect(registered.data!.register.member).toMatchObject({
          displayName: 'Zebedee Again',
          email: del.email,
          bio: null,
        });
        expect(registered.data!.register.member.id).not.toBe(del.id);
      });
    });
  });
});
