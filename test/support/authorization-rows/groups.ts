// The authorization matrix's rows for groups: the private group, its members, join requests and roles.
import {
  each,
  edgeIds,
  EVERY_MEMBER,
  GROUP_MODERATORS,
  GROUP_OWNERS,
  GROUP_POSTERS,
  listed,
  READS_GROUP,
  REPORT_HANDLERS,
  signedIn,
  unique,
  w,
  type Rows,
} from './shared.js';

export const GROUP_QUERIES: Rows = {
  group: [
    {
      on: 'the group',
      request: () => ({
        query: 'query($id: ID) { group(id: $id) { id name } }',
        variables: { id: w.groupId },
      }),
      expect: EVERY_MEMBER,
    },
    {
      on: 'its members',
      request: () => ({
        query: 'query($id: ID) { group(id: $id) { members(first: 5) { edges { node { id } } } } }',
        variables: { id: w.groupId },
      }),
      expect: GROUP_POSTERS,
    },
    {
      on: 'its members’ join notes',
      request: () => ({
        query: 'query($id: ID) { group(id: $id) { members(first: 30) { edges { node { message } } } } }',
        variables: { id: w.groupId },
      }),
      expect: GROUP_POSTERS,
      // A note sent with a join request is for those who decide requests, after the decision too.
      check: (kind, data) => {
        const notes = (
          data.group as { members: { edges: Array<{ node: { message: string | null } }> } }
        ).members.edges
          .map((edge) => edge.node.message)
          .filter((message): message is string => message !== null);
        return listed(notes, 'My note, for the moderators', kind !== 'member', 'the joiner’s note');
      },
    },
    {
      on: 'its events',
      request: () => ({
        query: 'query($id: ID) { group(id: $id) { events { id } } }',
        variables: { id: w.groupId },
      }),
      expect: EVERY_MEMBER,
      // Empty for those who may not read the group.
      check: (kind, data) =>
        listed(
          (data.group as { events: Array<{ id: string }> }).events.map((e) => e.id),
          w.groupEventId,
          READS_GROUP.has(kind),
          'the group’s event',
        ),
    },
    {
      on: 'a group hidden by an admin',
      request: () => ({
        query: 'query($id: ID) { group(id: $id) { id } }',
        variables: { id: w.hiddenGroup.id },
      }),
      // "A thread, event or group is gone for everyone but its moderators and the admins" (docs/FEATURES.md, Moderation).
      expect: REPORT_HANDLERS,
    },
    {
      on: 'its join requests',
      request: () => ({
        query: 'query($id: ID) { group(id: $id) { joinRequests(first: 5) { edges { node { id } } } } }',
        variables: { id: w.groupId },
      }),
      expect: GROUP_MODERATORS,
    },
  ],
  groups: {
    request: () => ({ query: '{ groups(first: 100) { edges { node { id } } } }' }),
    expect: EVERY_MEMBER,
    // A private group is listed for every member.
    check: (_kind, data) => listed(edgeIds(data.groups), w.groupId, true, 'the private group'),
  },
};

export const GROUP_MUTATIONS: Rows = {
  createGroup: {
    request: () => ({
      query: 'mutation($n: String!) { createGroup(input: { name: $n }) { id } }',
      variables: { n: `Matrix group ${unique()}` },
    }),
    expect: EVERY_MEMBER,
  },
  updateGroup: {
    request: () => ({
      query: 'mutation($g: ID!) { updateGroup(id: $g, input: { description: "Kept by the matrix" }) { id } }',
      variables: { g: w.groupId },
    }),
    expect: GROUP_OWNERS,
  },
  joinGroup: {
    request: async (kind) => ({
      query: 'mutation($g: ID!) { joinGroup(groupId: $g) { status } }',
      variables: { g: w.groupId },
      as: await w.twin(kind),
    }),
    // Members already in get their membership; outsiders ask; the banned cannot come back; admins are in at once.
    expect: signedIn({ ...each('OK'), banned: 'FORBIDDEN' }),
  },
  leaveGroup: {
    request: async (kind) => ({
      query: 'mutation($g: ID!) { leaveGroup(groupId: $g) }',
      variables: { g: w.groupId },
      as: await w.twin(kind),
    }),
    expect: EVERY_MEMBER,
  },
  acceptGroupInvitation: {
    on: 'the viewer’s own (no invitation)',
    request: () => ({
      query: 'mutation($g: ID!) { acceptGroupInvitation(groupId: $g) { status } }',
      variables: { g: w.groupId },
    }),
    // Those in the group are in already; nobody else was invited.
    expect: signedIn({ ...each('NOT_FOUND'), member: 'OK', moderator: 'OK', owner: 'OK' }),
  },
  inviteToGroup: {
    request: async () => ({
      query: 'mutation($g: ID!, $m: ID!) { inviteToGroup(groupId: $g, memberId: $m) { status } }',
      variables: { g: w.groupId, m: (await w.freshMember()).id },
    }),
    expect: GROUP_MODERATORS,
  },
  decideJoinRequest: {
    on: 'someone else’s request',
    request: async () => ({
      query: 'mutation($id: ID!) { decideJoinRequest(membershipId: $id, approve: true) { status } }',
      variables: { id: (await w.freshInGroup({ role: 'MEMBER', status: 'PENDING' })).membershipId },
    }),
    // A join request is seen only by those who decide it (Group.joinRequests): to anyone else it is not there.
    expect: REPORT_HANDLERS,
  },
  setGroupRole: {
    request: async () => ({
      query:
        'mutation($g: ID!, $m: ID!) { setGroupRole(groupId: $g, memberId: $m, role: MODERATOR) { role } }',
      variables: { g: w.groupId, m: (await w.freshInGroup({ role: 'MEMBER', status: 'ACTIVE' })).id },
    }),
    expect: GROUP_OWNERS,
  },
  removeFromGroup: [
    {
      on: 'a member',
      request: async () => ({
        query: 'mutation($g: ID!, $m: ID!) { removeFromGroup(groupId: $g, memberId: $m, ban: true) }',
        variables: { g: w.groupId, m: (await w.freshInGroup({ role: 'MEMBER', status: 'ACTIVE' })).id },
      }),
      expect: GROUP_MODERATORS,
    },
    {
      on: 'a moderator',
      request: async () => ({
        query: 'mutation($g: ID!, $m: ID!) { removeFromGroup(groupId: $g, memberId: $m) }',
        variables: { g: w.groupId, m: (await w.freshInGroup({ role: 'MODERATOR', status: 'ACTIVE' })).id },
      }),
      expect: GROUP_OWNERS,
    },
    {
      on: 'an owner (a second one)',
      request: async () => ({
        query: 'mutation($g: ID!, $m: ID!) { removeFromGroup(groupId: $g, memberId: $m) }',
        variables: { g: w.groupId, m: (await w.freshInGroup({ role: 'OWNER', status: 'ACTIVE' })).id },
      }),
      // Owners first make them a member; admins may act on any group.
      expect: signedIn({ ...each('FORBIDDEN'), admin: 'OK' }),
    },
  ],
};
