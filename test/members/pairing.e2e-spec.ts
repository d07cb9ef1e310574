import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MEMBER_PASSWORD, newMember, type NewMember } from '../support/member-factory.js';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.js';

const SUGGEST = '{ suggestedPeers(first: 10) { score reasons member { id displayName } } }';
const REQUEST =
  'mutation($id: ID!, $m: String) { requestPairing(memberId: $id, message: $m) { id status message requester { id } recipient { id } } }';
const RESPOND =
  'mutation($id: ID!, $a: Boolean!) { respondToPairing(requestId: $id, accept: $a) { id status respondedAt } }';

interface Suggestion {
  score: number;
  reasons: string[];
  member: { id: string; displayName: string };
}

describe('collaborative pairs', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform();
    await platform.db.query("UPDATE member_profiles SET in_directory = false WHERE handle LIKE 'admin%'");
  });

  afterAll(() => platform.close());

  async function signIn(fields: NewMember) {
    const member = await newMember(platform.db, fields);
    return { ...member, token: await platform.login(member.email, MEMBER_PASSWORD) };
  }

  describe('suggestions', () => {
    let viewer: Awaited<ReturnType<typeof signIn>>;
    let suggestions: Suggestion[];
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      viewer = await signIn({
        displayName: 'Pat Patient',
        leaderType: 'PATIENT_LEADER',
        regionCode: 'LONDON',
        topics: ['maternity', 'co-production', 'mental-health'],
        openToPairing: true,
      });
      const add = async (name: string, fields: NewMember) =>
        (ids[name] = (
          await newMember(platform.db, { displayName: name, openToPairing: true, ...fields })
        ).id);
      await add('Best Match', {
        leaderType: 'HEALTHCARE_PROFESSIONAL',
        regionCode: 'LONDON',
        topics: ['maternity', 'co-production', 'mental-health'],
      });
      await add('Professional Elsewhere', {
        leaderType: 'HEALTHCARE_MANAGER',
        regionCode: 'WALES',
        topics: ['maternity'],
      });
      await add('Fellow Patient', {
        leaderType: 'PATIENT_LEADER',
        regionCode: 'LONDON',
        topics: ['maternity'],
      });
      await add('Not Looking', {
        leaderType: 'HEALTHCARE_PROFESSIONAL',
        regionCode: 'LONDON',
        openToPairing: false,
      });
      await add('Unlisted Pro', { leaderType: 'HEALTHCARE_PROFESSIONAL', listedInDirectory: false });
      await add('Hidden Topics', {
        leaderType: 'COMMUNITY_LEADER',
        topics: ['maternity'],
        visibility: { TOPICS: 'PRIVATE' },
      });
      const taken = await add('Already Paired', {
        leaderType: 'HEALTHCARE_PROFESSIONAL',
        regionCode: 'LONDON',
        topics: ['maternity'],
      });
      const partner = await add('Their Partner', { openToPairing: false });
      await platform.db.query(
        "INSERT INTO pairing_requests (requester_id, recipient_id, status) VALUES ($1, $2, 'ACCEPTED')",
        [taken, partner],
      );
      suggestions = (await platform.graphql<{ suggestedPeers: Suggestion[] }>(SUGGEST, {}, viewer.token))
        .data!.suggestedPeers;
    });

    it('ranks a complementary perspective with shared topics and region first, with reasons in plain words', () => {
      expect(suggestions[0].member.displayName).toBe('Best Match');
      expect(suggestions[0].reasons).toEqual([
        'A healthcare professional: a perspective that complements yours as a patient leader',
        'Shares 3 topics: Co-production, Maternity and neonatal care, Mental health',
        'Also in London',
      ]);
      const order = suggestions.map((s) => s.member.displayName);
      expect(order.indexOf('Professional Elsewhere')).toBeLessThan(order.indexOf('Fellow Patient'));
      expect(suggestions.map((s) => s.score)).toEqual(
        [...suggestions.map((s) => s.score)].sort((a, b) => b - a),
      );
    });

    it('leaves out the viewer, members not looking, unlisted and already paired members', () => {
      const shown = suggestions.map((s) => s.member.displayName);
      for (const name of ['Pat Patient', 'Not Looking', 'Unlisted Pro', 'Already Paired', 'Their Partner'])
        expect(shown).not.toContain(name);
    });

    it('does not use topics a member keeps private', () => {
      const hidden = suggestions.find((s) => s.member.displayName === 'Hidden Topics');
      expect(hidden?.reasons).toEqual(['Open to pairing']);
    });

    it('refuses to list more than 50', async () => {
      const result = await platform.graphql('{ suggestedPeers(first: 51) { score } }', {}, viewer.token);
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { first: expect.any(String) },
      });
    });
  });

  describe('requests', () => {
    it('asks, is idempotent, is answered by the recipient, and shows the pair on both profiles', async () => {
      const asker = await signIn({ displayName: 'Asha Asker', openToPairing: true });
      const asked = await signIn({ displayName: 'Ola Asked', openToPairing: true });
      const first = await platform.graphql<{ requestPairing: { id: string; status: string } }>(
        REQUEST,
        { id: asked.id, m: 'Shall we work on maternity together?' },
        asker.token,
      );
      expect(first.data!.requestPairing).toMatchObject({
        status: 'PENDING',
        requester: { id: asker.id },
        recipient: { id: asked.id },
      });
      const again = await platform.graphql<{ requestPairing: { id: string } }>(
        REQUEST,
        { id: asked.id },
        asker.token,
      );
      expect(again.data!.requestPairing.id).toBe(first.data!.requestPairing.id);

      const crossing = await platform.graphql(REQUEST, { id: asker.id }, asked.token);
      expect(crossing.errors?.[0]?.extensions.code).toBe('CONFLICT');
      const byAsker = await platform.graphql(
        RESPOND,
        { id: first.data!.requestPairing.id, a: true },
        asker.token,
      );
      expect(byAsker.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const outsider = await signIn({});
      expect(
        (await platform.graphql(RESPOND, { id: first.data!.requestPairing.id, a: true }, outsider.token))
          .errors?.[0]?.extensions.code,
      ).toBe('NOT_FOUND');

      const accepted = await platform.graphql<{ respondToPairing: { status: string; respondedAt: string } }>(
        RESPOND,
        { id: first.data!.requestPairing.id, a: true },
        asked.token,
      );
      expect(accepted.data!.respondToPairing.status).toBe('ACCEPTED');
      const repeat = await platform.graphql<{ respondToPairing: { status: string } }>(
        RESPOND,
        { id: first.data!.requestPairing.id, a: true },
        asked.token,
      );
      expect(repeat.data!.respondToPairing.status).toBe('ACCEPTED');
      expect(
        (await platform.graphql(RESPOND, { id: first.data!.requestPairing.id, a: false }, asked.token))
          .errors?.[0]?.extensions.code,
      ).toBe('CONFLICT');

      const PAIRED = 'query($id: ID!) { member(id: $id) { pairedWith { displayName } } }';
      expect((await platform.graphql(PAIRED, { id: asker.id }, outsider.token)).data).toEqual({
        member: { pairedWith: [{ displayName: 'Ola Asked' }] },
      });
      expect((await platform.graphql(PAIRED, { id: asked.id }, outsider.token)).data).toEqual({
        member: { pairedWith: [{ displayName: 'Asha Asker' }] },
      });
      const mine = await platform.graphql<{ myPairings: Array<{ status: string }> }>(
        '{ myPairings { status } }',
        {},
        asked.token,
      );
      expect(mine.data!.myPairings).toEqual([{ status: 'ACCEPTED' }]);
      expect(
        (await platform.graphql(REQUEST, { id: asked.id }, asker.token)).errors?.[0]?.extensions.code,
      ).toBe('CONFLICT');
    });

    it('refuses to pair with yourself, with someone not looking, or with a message over 500 characters', async () => {
      const me = await signIn({ openToPairing: true });
      const notLooking = await newMember(platform.db, { openToPairing: false });
      const looking = await newMember(platform.db, { openToPairing: true });
      expect(
        (await platform.graphql(REQUEST, { id: me.id }, me.token)).errors?.[0]?.extensions.fields,
      ).toEqual({ memberId: expect.any(String) });
      expect(
        (await platform.graphql(REQUEST, { id: notLooking.id }, me.token)).errors?.[0]?.extensions.fields,
      ).toEqual({ memberId: expect.stringContaining('not looking for a pair') });
      expect(
        (await platform.graphql(REQUEST, { id: looking.id, m: 'x'.repeat(501) }, me.token)).errors?.[0]
          ?.extensions.fields,
      ).toEqual({ message: expect.any(String) });
      expect(
        (await platform.graphql(REQUEST, { id: '00000000-0000-4000-8000-000000000000' }, me.token))
          .errors?.[0]?.extensions.code,
      ).toBe('NOT_FOUND');
      expect(
        await platform.db.query('SELECT 1 FROM pairing_requests WHERE requester_id = $1', [me.id]),
      ).toHaveLength(0);
    });

    it('creates one request when the same request arrives twice at once', async () => {
      const me = await signIn({ openToPairing: true });
      const other = await newMember(platform.db, { openToPairing: true });
      const results = await Promise.all([
        platform.graphql(REQUEST, { id: other.id }, me.token),
        platform.graphql(REQUEST, { id: other.id }, me.token),
      ]);
      expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
      expect(
        await platform.db.query('SELECT 1 FROM pairing_requests WHERE requester_id = $1', [me.id]),
      ).toHaveLength(1);
    });
  });
});
