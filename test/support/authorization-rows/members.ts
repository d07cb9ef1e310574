// The authorization matrix's rows for members and the directory: other members, pairing, blocking, starting a
// conversation, and the directory's lists (cohorts, regions, topics).
import {
  each,
  EVERY_MEMBER,
  listed,
  OUTSIDE_HIDDEN_GROUP,
  READS_GROUP,
  signedIn,
  w,
  type Rows,
} from './shared.js';

export const MEMBER_QUERIES: Rows = {
  blockedMembers: { request: () => ({ query: '{ blockedMembers { id } }' }), expect: EVERY_MEMBER },
  cohorts: { request: () => ({ query: '{ cohorts { id } }' }), expect: EVERY_MEMBER },
  member: [
    {
      on: 'the poster',
      request: () => ({
        query: 'query($id: ID!) { member(id: $id) { id email } }',
        variables: { id: w.people.poster.id },
      }),
      expect: EVERY_MEMBER,
      // The e-mail address is for the member and admins.
      check: (kind, data) => {
        const email = (data.member as { email: string | null }).email;
        return (email !== null) === (kind === 'admin') ? undefined : `the poster's e-mail is ${email}`;
      },
    },
    {
      on: 'the member, with their groups',
      request: () => ({
        query: 'query($id: ID!) { member(id: $id) { id groups { id } } }',
        variables: { id: w.people.member.id },
      }),
      expect: EVERY_MEMBER,
      // Their private group is listed only for those who may read its members (Group.members); the group hidden by
      // an admin for nobody who may not see it.
      check: (kind, data) => {
        const groups = (data.member as { groups: Array<{ id: string }> }).groups.map((g) => g.id);
        return (
          listed(groups, w.groupId, READS_GROUP.has(kind), 'the private group') ??
          (OUTSIDE_HIDDEN_GROUP.has(kind)
            ? listed(groups, w.hiddenGroup.id, false, 'the group hidden by an admin')
            : undefined)
        );
      },
    },
  ],
  members: { request: () => ({ query: '{ members(first: 5) { totalCount } }' }), expect: EVERY_MEMBER },
  myPairings: { request: () => ({ query: '{ myPairings { id } }' }), expect: EVERY_MEMBER },
  regions: { request: () => ({ query: '{ regions { code } }' }), expect: EVERY_MEMBER },
  suggestedPeers: {
    request: () => ({ query: '{ suggestedPeers(first: 3) { score } }' }),
    expect: EVERY_MEMBER,
  },
  topics: { request: () => ({ query: '{ topics { slug } }' }), expect: EVERY_MEMBER },
};

export const MEMBER_MUTATIONS: Rows = {
  blockMember: {
    request: async () => ({
      query: 'mutation($m: ID!) { blockMember(memberId: $m) }',
      variables: { m: (await w.freshMember()).id },
    }),
    expect: EVERY_MEMBER,
  },
  unblockMember: {
    request: async () => ({
      query: 'mutation($m: ID!) { unblockMember(memberId: $m) }',
      variables: { m: (await w.freshMember()).id },
    }),
    expect: EVERY_MEMBER,
  },
  requestPairing: {
    request: async () => ({
      query: 'mutation($m: ID!) { requestPairing(memberId: $m, message: "Shall we?") { id } }',
      variables: { m: (await w.freshMember({ openToPairing: true })).id },
    }),
    expect: EVERY_MEMBER,
  },
  respondToPairing: [
    {
      on: 'a request to the member',
      request: async () => {
        const asker = await w.freshMember();
        const { requestPairing } = await w.gql<{ requestPairing: { id: string } }>(
          asker,
          'mutation($m: ID!) { requestPairing(memberId: $m) { id } }',
          { m: w.people.member.id },
        );
        return {
          query: 'mutation($id: ID!) { respondToPairing(requestId: $id, accept: false) { id status } }',
          variables: { id: requestPairing.id },
        };
      },
      expect: signedIn({ ...each('NOT_FOUND'), member: 'OK' }),
    },
    {
      on: 'their own request (as the asker)',
      request: async (kind) => {
        const asker = w.viewer(kind) ?? (await w.freshMember());
        const { requestPairing } = await w.gql<{ requestPairing: { id: string } }>(
          kind === 'suspended' ? await w.freshMember() : asker,
          'mutation($m: ID!) { requestPairing(memberId: $m) { id } }',
          { m: (await w.freshMember({ openToPairing: true })).id },
        );
        return {
          query: 'mutation($id: ID!) { respondToPairing(requestId: $id, accept: true) { id status } }',
          variables: { id: requestPairing.id },
        };
      },
      // They see it (myPairings) but only the person asked answers it.
      expect: signedIn(each('FORBIDDEN')),
    },
  ],
  startDirectThread: {
    request: async () => ({
      query: 'mutation($m: ID!) { startDirectThread(memberId: $m) { id } }',
      variables: { m: (await w.freshMember()).id },
    }),
    expect: EVERY_MEMBER,
  },
};
