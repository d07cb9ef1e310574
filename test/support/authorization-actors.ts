// The people of the authorization matrix's world (test/support/authorization-world.ts): members inserted straight
// into the database and given sessions as sign-in would (no argon2, no sign-in throttle), who then act through the
// API (or, for messages, through the domain, as the API does).
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { MessageService } from '#libs/discussions';
import { MemberRole, SessionService, type Viewer } from '#libs/identity';
import { MEMBER_PASSWORD, newMember, type NewMember } from './member-factory.js';
import { gqlAs } from './people.js';
import type { TestPlatform } from './test-platform.js';

/** A member with an open session. */
export interface Actor {
  id: string;
  email: string;
  handle: string;
  role: 'MEMBER' | 'ORGANISER' | 'ADMIN';
  password: string;
  token: string;
  sessionId: string;
}

/** SHA-256 of a secret token, as the identity library stores it. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

const viewerOf = (actor: Actor): Viewer => ({
  memberId: actor.id,
  sessionId: actor.sessionId,
  role: MemberRole[actor.role],
  handle: actor.handle,
});

/** How the world makes its people and has them act. */
export function actorsOf(platform: TestPlatform) {
  const sessions = platform.api.get(SessionService);
  const manager = platform.api.get(DataSource).manager;
  const messages = platform.api.get(MessageService);

  /** Opens a session of this member, as a sign-in would. */
  const openSession = (memberId: string) => sessions.openSession(manager, memberId);
  const session = async (memberId: string) => {
    const opened = await openSession(memberId);
    return { accessToken: opened.accessToken, refreshToken: opened.refreshToken };
  };
  const freshMember = async (fields: NewMember = {}): Promise<Actor> => {
    const created = await newMember(platform.db, fields);
    const opened = await openSession(created.id);
    return {
      ...created,
      role: fields.role ?? 'MEMBER',
      password: MEMBER_PASSWORD,
      token: opened.accessToken,
      sessionId: opened.sessionId,
    };
  };
  const gql = <T>(who: Actor, query: string, variables: Record<string, unknown> = {}) =>
    gqlAs<T>(platform, who, query, variables);
  const write = async (author: Actor, thread: string, body = 'A message for the matrix') =>
    (await messages.postMessage(viewerOf(author), { threadId: thread, body })).message.id;

  return { openSession, session, freshMember, gql, write };
}
