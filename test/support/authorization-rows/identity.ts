// The authorization matrix's rows for signing in and for the viewer's own account: who they are (me), their data
// and consent, their notifications and how they hear of things.
import { randomUUID } from 'node:crypto';
import { tokenHash } from '../authorization-actors.js';
import { MEMBER_PASSWORD } from '../member-factory.js';
import {
  anyone,
  anyoneMay,
  each,
  edgeIds,
  EVERY_MEMBER,
  listed,
  platform,
  signedIn,
  unique,
  w,
  type Rows,
} from './shared.js';

/** The session an access token names (its `sid` claim). */
const sessionIdOf = (accessToken: string): string =>
  (JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString('utf8')) as { sid: string }).sid;

export const IDENTITY_QUERIES: Rows = {
  consentWording: {
    request: () => ({ query: '{ consentWording(kind: LIVED_EXPERIENCE) }' }),
    expect: EVERY_MEMBER,
  },
  exportMyData: { request: () => ({ query: '{ exportMyData }' }), expect: EVERY_MEMBER },
  me: {
    request: () => ({ query: '{ me { id email } }' }),
    expect: EVERY_MEMBER,
    check: (kind, data) => {
      const me = data.me as { id: string; email: string | null };
      return me.id === w.viewer(kind)!.id && me.email ? undefined : `me is ${JSON.stringify(me)}`;
    },
  },
  viewerCan: {
    request: () => ({ query: '{ viewerCan { createPlatformEvent readAuditLog } }' }),
    expect: EVERY_MEMBER,
    // Platform events and the audit log: the admin alone of the matrix's viewers (it has no organiser).
    check: (kind, data) => {
      const can = data.viewerCan as { createPlatformEvent: boolean; readAuditLog: boolean };
      const admin = kind === 'admin';
      return can.createPlatformEvent === admin && can.readAuditLog === admin
        ? undefined
        : `viewerCan is ${JSON.stringify(can)}`;
    },
  },
  mySessions: {
    request: () => ({ query: '{ mySessions { id userAgent current } }' }),
    expect: EVERY_MEMBER,
    check: (_kind, data) => {
      const sessions = data.mySessions as Array<{ current: boolean }>;
      return sessions.filter((session) => session.current).length === 1
        ? undefined
        : `mySessions is ${JSON.stringify(sessions)}`;
    },
  },
  notificationPreferences: {
    request: () => ({ query: '{ notificationPreferences { kind channel } }' }),
    expect: EVERY_MEMBER,
  },
  notifications: {
    request: () => ({ query: '{ notifications(first: 100) { edges { node { id } } } }' }),
    expect: EVERY_MEMBER,
    check: (kind, data) =>
      listed(
        edgeIds(data.notifications),
        w.ownerNotificationId,
        kind === 'owner',
        'the owner’s notification',
      ),
  },
  unreadNotificationCount: {
    request: () => ({ query: '{ unreadNotificationCount }' }),
    expect: EVERY_MEMBER,
  },
};

export const IDENTITY_MUTATIONS: Rows = {
  // Signing in: open to anyone ------------------------------------------------------------------------------------
  login: {
    request: async (kind) => {
      const who = await anyone(kind);
      return {
        query: 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
        variables: { i: { email: who.email, password: who.password } },
      };
    },
    // A suspended member cannot sign in.
    expect: anyoneMay({ suspended: 'UNAUTHENTICATED' }),
  },
  logout: {
    request: async (kind) => ({
      query: 'mutation($r: String!) { logout(refreshToken: $r) }',
      variables: { r: (await w.session((await anyone(kind)).id)).refreshToken },
    }),
    expect: anyoneMay(),
  },
  refreshSession: {
    request: async (kind) => ({
      query: 'mutation($r: String!) { refreshSession(refreshToken: $r) { accessToken } }',
      variables: { r: (await w.session((await anyone(kind)).id)).refreshToken },
    }),
    expect: anyoneMay({ suspended: 'UNAUTHENTICATED' }),
  },
  register: {
    request: async () => {
      const email = `matrix-${unique()}@example.org`;
      const { createInvitation } = await w.gql<{ createInvitation: { token: string } }>(
        w.people.admin,
        'mutation($e: String!) { createInvitation(input: { email: $e, role: MEMBER }) { token } }',
        { e: email },
      );
      return {
        query: 'mutation($i: RegisterInput!) { register(input: $i) { accessToken } }',
        variables: {
          i: {
            invitationToken: createInvitation.token,
            email,
            password: 'a newcomer passphrase',
            displayName: 'Matrix Newcomer',
          },
        },
      };
    },
    expect: anyoneMay(),
  },
  requestPasswordReset: {
    request: async (kind) => ({
      query: 'mutation($e: String!) { requestPasswordReset(email: $e) }',
      variables: { e: (await anyone(kind)).email },
    }),
    expect: anyoneMay(),
  },
  resetPassword: {
    request: async () => {
      const forgetful = await w.freshMember();
      const token = randomUUID();
      await platform.db.query(
        `INSERT INTO password_reset_tokens (member_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 hour')`,
        [forgetful.id, tokenHash(token)],
      );
      return {
        query: 'mutation($t: String!) { resetPassword(token: $t, password: "remembered at last") }',
        variables: { t: token },
      };
    },
    expect: anyoneMay(),
  },

  // The viewer's own account --------------------------------------------------------------------------------------
  changePassword: {
    request: async (kind) => ({
      query:
        'mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "a fresh passphrase now") }',
      variables: { c: MEMBER_PASSWORD },
      as: await w.twin(kind),
    }),
    expect: EVERY_MEMBER,
  },
  endSession: [
    {
      on: 'a session of their own',
      request: async (kind) => {
        const twin = await w.twin(kind);
        return {
          query: 'mutation($id: ID!) { endSession(id: $id) }',
          variables: { id: twin ? sessionIdOf((await w.session(twin.id)).accessToken) : randomUUID() },
          as: twin,
        };
      },
      expect: EVERY_MEMBER,
    },
    {
      on: 'another member’s session',
      request: async () => ({
        query: 'mutation($id: ID!) { endSession(id: $id) }',
        variables: { id: sessionIdOf((await w.session((await w.freshMember()).id)).accessToken) },
      }),
      expect: signedIn(each('NOT_FOUND')),
    },
  ],
  endOtherSessions: {
    request: async (kind) => ({ query: 'mutation { endOtherSessions }', as: await w.twin(kind) }),
    expect: EVERY_MEMBER,
  },
  deleteMyAccount: [
    {
      request: async (kind) => ({
        query: 'mutation($p: String!) { deleteMyAccount(password: $p) }',
        variables: { p: MEMBER_PASSWORD },
        as: await w.twin(kind),
      }),
      expect: EVERY_MEMBER,
    },
    {
      // Never refused for being a group's last owner: the group is handed over (privacy-account-deletion-groups).
      on: 'as the last owner of a group with another member in it',
      request: async (kind) => {
        const me = await w.twin(kind);
        if (me && kind !== 'suspended') {
          const { createGroup } = await w.gql<{ createGroup: { id: string } }>(
            me,
            'mutation { createGroup(input: { name: "Matrix leaver’s circle", visibility: PUBLIC }) { id } }',
          );
          await w.gql(await w.freshMember(), 'mutation($g: ID!) { joinGroup(groupId: $g) { status } }', {
            g: createGroup.id,
          });
        }
        return {
          query: 'mutation($p: String!) { deleteMyAccount(password: $p) }',
          variables: { p: MEMBER_PASSWORD },
          as: me,
        };
      },
      expect: EVERY_MEMBER,
    },
  ],
  rotateCalendarFeedToken: {
    request: () => ({ query: 'mutation { rotateCalendarFeedToken }' }),
    expect: EVERY_MEMBER,
  },
  updateNotificationPreferences: {
    request: () => ({
      query: `mutation { updateNotificationPreferences(input: { preferences: [{ kind: MENTION, channel: IN_APP }] }) {
        kind channel } }`,
    }),
    expect: EVERY_MEMBER,
  },
  updateProfile: {
    request: () => ({
      query: 'mutation { updateProfile(input: { headline: "Checked by the matrix" }) { id } }',
    }),
    expect: EVERY_MEMBER,
  },
  withdrawConsent: {
    request: () => ({ query: 'mutation { withdrawConsent(kind: LIVED_EXPERIENCE) { id } }' }),
    expect: EVERY_MEMBER,
  },
  markNotificationsRead: {
    request: () => ({
      query: 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
      variables: { ids: [w.ownerNotificationId] },
    }),
    expect: EVERY_MEMBER,
    // Only the owner's own notification is theirs to mark.
    check: (kind, data) =>
      kind === 'owner' || data.markNotificationsRead === 0
        ? undefined
        : `marked ${String(data.markNotificationsRead)} of the owner's notifications`,
  },
};
