// The authorization matrix (issue 8, item 5): every query, mutation and client-to-server socket event, asked by every
// kind of viewer, against the answer the product should give. The operations come from the committed contracts
// (schema/schema.graphql, schema/realtime.asyncapi.yaml): an operation added without a row fails the first test.
//
// The viewers stand around one PRIVATE group (test/support/authorization-world.ts): its owner, a moderator, a member,
// a pending requester, a banned member, an outsider (a member not in it), a suspended member (whose token is refused),
// an admin (not in the group), and an anonymous caller. Each row says, per viewer, 'OK' (no errors) or the
// `extensions.code` it must get: UNAUTHENTICATED for anonymous and suspended callers (except the public sign-in
// operations), NOT_FOUND where the thing may not be seen, FORBIDDEN where it may be seen but not done.
//
// Rows whose operation changes the viewer themselves (leaving, deleting the account, changing the password) act as a
// "twin": a new person of the same kind. Rows whose operation changes its target make a new target for each viewer.
//
// The rows live in test/support/authorization-rows/, a table per domain (identity, members, groups, discussions,
// events, moderation, socket); who gets what (EVERY_MEMBER, GROUP_READERS...) is in shared.ts.
// Adding an operation: add a row to its domain's table with what each viewer SHOULD get. Where the code disagrees
// and the team has not yet decided, list the cell in KNOWN (known.ts) with what it does now and why it is open.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Socket } from 'socket.io-client';
import { DISCUSSION_MUTATIONS, DISCUSSION_QUERIES } from '../support/authorization-rows/discussions.js';
import { EVENT_MUTATIONS, EVENT_QUERIES } from '../support/authorization-rows/events.js';
import { GROUP_MUTATIONS, GROUP_QUERIES } from '../support/authorization-rows/groups.js';
import { IDENTITY_MUTATIONS, IDENTITY_QUERIES } from '../support/authorization-rows/identity.js';
import { KNOWN } from '../support/authorization-rows/known.js';
import { MEMBER_MUTATIONS, MEMBER_QUERIES } from '../support/authorization-rows/members.js';
import { MODERATION_MUTATIONS, MODERATION_QUERIES } from '../support/authorization-rows/moderation.js';
import {
  allRows,
  byName,
  casesOf,
  checksOf,
  graphqlOperations,
  judge,
  labelOf,
  runGraphqlCase,
  socketEvents,
} from '../support/authorization-rows/runner.js';
import { openWorld, platform, w } from '../support/authorization-rows/shared.js';
import { SOCKET } from '../support/authorization-rows/socket.js';
import { SIGNED_IN_KINDS, type SignedInKind } from '../support/authorization-world.js';
import { socketOutcome } from '../support/test-platform.js';
import { until } from '../support/until.js';

// The order matters: the queries come first (by name), looking at the world as it was built (nobody is going to the
// platform event yet, say); then the mutations, a domain at a time, change it.
const GRAPHQL = allRows(
  byName(
    allRows(
      IDENTITY_QUERIES,
      MEMBER_QUERIES,
      GROUP_QUERIES,
      DISCUSSION_QUERIES,
      EVENT_QUERIES,
      MODERATION_QUERIES,
    ),
  ),
  IDENTITY_MUTATIONS,
  MEMBER_MUTATIONS,
  GROUP_MUTATIONS,
  DISCUSSION_MUTATIONS,
  EVENT_MUTATIONS,
  MODERATION_MUTATIONS,
);
const checks = checksOf(GRAPHQL, SOCKET);

// ---------------------------------------------------------------------------------------------------------------

describe(`the authorization matrix (${checks.graphql} GraphQL and ${checks.socket} socket checks)`, () => {
  beforeAll(openWorld);

  afterAll(() => platform?.close());

  it('has a row for every operation and socket event of the contracts, and none for anything else', () => {
    const missing = [
      ...graphqlOperations.filter((name) => !(name in GRAPHQL)).map((name) => `GraphQL ${name}: no row`),
      ...socketEvents.filter((name) => !(name in SOCKET)).map((name) => `socket ${name}: no row`),
    ];
    const stale = [
      ...Object.keys(GRAPHQL)
        .filter((name) => !graphqlOperations.includes(name))
        .map((name) => `GraphQL ${name}: a row, but no such operation`),
      ...Object.keys(SOCKET)
        .filter((name) => !socketEvents.includes(name))
        .map((name) => `socket ${name}: a row, but no such event`),
    ];
    const cases = new Set([
      ...Object.entries(GRAPHQL).flatMap(([name, row]) => casesOf(row).map((c) => labelOf(name, c.on))),
      ...Object.entries(SOCKET).flatMap(([name, row]) =>
        Array.isArray(row) ? row.map((c) => labelOf(name, c.on)) : [name],
      ),
    ]);
    const unknown = KNOWN.filter((k) => !cases.has(labelOf(k.operation, k.on))).map(
      (k) => `KNOWN ${labelOf(k.operation, k.on)}: no such case`,
    );
    expect([...missing, ...stale, ...unknown]).toEqual([]);
    expect(new Set(graphqlOperations).size).toBe(graphqlOperations.length);
  });

  describe('GraphQL', () => {
    for (const [operation, row] of Object.entries(GRAPHQL)) {
      it(operation, async () => {
        const problems: string[] = [];
        // One case after another (a case's viewers at once), so that no case sees another's doing.
        for (const c of casesOf(row)) problems.push(...(await runGraphqlCase(operation, c)));
        expect(problems).toEqual([]);
      });
    }
  });

  describe('the socket', () => {
    const sockets = {} as Record<SignedInKind, Socket>;
    let observer: Socket;
    const call = (socket: Socket, event: string, payload: object) =>
      socket.timeout(5000).emitWithAck(event, payload) as Promise<{
        ok: boolean;
        error?: { code: string; message: string };
      }>;

    beforeAll(async () => {
      await Promise.all(
        SIGNED_IN_KINDS.map(async (kind) => {
          sockets[kind] = platform.connectSocket(w.people[kind].token);
          await socketOutcome(sockets[kind]);
        }),
      );
      // The poster listens in the group's thread (what typing reaches).
      observer = platform.connectSocket(w.people.poster.token);
      await socketOutcome(observer);
      const joined = await call(observer, 'thread:join', { threadId: w.threadId });
      if (!joined.ok) throw new Error(`the poster could not join: ${JSON.stringify(joined)}`);
    });

    it('refuses anonymous and suspended callers at the connection', async () => {
      const outcomes = await Promise.all(
        [undefined, w.people.suspended.token].map((token) =>
          socketOutcome(platform.connectSocket(token)).catch((error: Error) => error.message),
        ),
      );
      expect({ anonymous: outcomes[0], suspended: outcomes[1] }).toEqual({
        anonymous: 'UNAUTHENTICATED',
        suspended: 'UNAUTHENTICATED',
      });
    });

    for (const [event, row] of Object.entries(SOCKET)) {
      it(event, async () => {
        const problems: string[] = [];
        if (Array.isArray(row)) {
          for (const c of row) {
            const found = await Promise.all(
              SIGNED_IN_KINDS.map(async (kind) => {
                const ack = await call(sockets[kind], event, await c.payload(kind));
                const actual = ack.ok ? 'OK' : (ack.error?.code ?? 'no code');
                return judge(event, c.on, kind, c.expect[kind], actual, ack.error?.message);
              }),
            );
            problems.push(...found.filter((problem): problem is string => problem !== undefined));
          }
        } else {
          // No acknowledgement: each viewer tries to join, then types; the poster hears whom?
          const heard = new Set<string>();
          observer.on('typing', (typing: { memberId: string }) => heard.add(typing.memberId));
          await Promise.all(SIGNED_IN_KINDS.map((kind) => call(sockets[kind], 'thread:join', row.payload())));
          SIGNED_IN_KINDS.forEach((kind) => sockets[kind].emit(event, row.payload()));
          const expected = SIGNED_IN_KINDS.filter((kind) => row.heard[kind]).map((kind) => w.people[kind].id);
          await until(() => expected.every((id) => heard.has(id)), { ms: 3000, what: 'typing' }).catch(
            () => {},
          );
          await new Promise((resolve) => setTimeout(resolve, 300));
          observer.off('typing');
          for (const kind of SIGNED_IN_KINDS) {
            const actual = heard.has(w.people[kind].id) ? 'heard' : 'not heard';
            const should = row.heard[kind] ? 'heard' : 'not heard';
            if (actual !== should) problems.push(`${event} as ${kind}: expected ${should}, got ${actual}`);
          }
        }
        expect(problems).toEqual([]);
      });
    }
  });
});
