import { EventEmitter } from 'node:events';
import { describe, expect, it } from '@jest/globals';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/postgres-adapter';
import type pg from 'pg';
import { Adapter, ClusterAdapterWithHeartbeat } from 'socket.io-adapter';
import { packageVersions } from '../../../test/support/package-versions.js';

// fan-out-io.adapter.ts leans on internals of these packages (the adapter's `nodesMap`, the pool client it takes
// for LISTEN and its 'end' handling, Adapter.prototype.broadcast for local delivery). They are pinned to exact
// versions in package.json; these tests fail on an upgrade and say what to re-check.
const RECHECK =
  'fan-out-io.adapter.ts relies on internals of @socket.io/postgres-adapter 0.5.0, socket.io-adapter 2.5.8 and ' +
  'socket.io 4.8.4: re-check aloneStaysLocal (nodesMap, broadcast) and listenerSafePool (the LISTEN client and ' +
  "its 'end'), run test/platform/fault-database-restart.e2e-spec.ts and the two-replica tests, then update the pins here " +
  'and in package.json.';

describe('the library internals fan-out-io.adapter.ts relies on', () => {
  it.each([
    ['@socket.io/postgres-adapter', '0.5.0'],
    ['socket.io-adapter', '2.5.8'],
    ['socket.io', '4.8.4'],
  ])('%s is exactly %s, pinned in package.json', (name, version) => {
    expect({ ...packageVersions(name), recheck: RECHECK }).toEqual({
      installed: version,
      wanted: version,
      recheck: RECHECK,
    });
  });

  it("keeps its peers in nodesMap, listens on a client taken from the pool and listens again on its 'end'", async () => {
    const listening = Object.assign(new EventEmitter(), {
      query: () => Promise.resolve({ rows: [] }),
      release: () => undefined,
    });
    const pool = { connect: () => Promise.resolve(listening), query: () => Promise.resolve({ rows: [] }) };
    const factory = createAdapter(pool as unknown as pg.Pool, { cleanupInterval: 60_000 });
    const nsp = { name: '/', server: { encoder: {} } };
    const adapter = factory(nsp);
    // Private in the typings: fan-out-io.adapter.ts reads it all the same.
    const { nodesMap } = adapter as unknown as { nodesMap?: unknown };
    try {
      await new Promise((resolve) => setImmediate(resolve));
      expect({
        withHeartbeat: adapter instanceof ClusterAdapterWithHeartbeat,
        peers: nodesMap instanceof Map ? nodesMap.size : 'no nodesMap',
        listensAgainOnEnd: listening.listenerCount('end') > 0,
        localBroadcast: typeof Adapter.prototype.broadcast,
        recheck: RECHECK,
      }).toEqual({
        withHeartbeat: true,
        peers: 0,
        listensAgainOnEnd: true,
        localBroadcast: 'function',
        recheck: RECHECK,
      });
    } finally {
      void adapter.close();
    }
  });

  it("uses Nest's IoAdapter payload mapping, which bindMessageHandlers calls", () => {
    const mapped = (
      IoAdapter.prototype as unknown as { mapPayload: (payload: unknown) => { data: unknown } }
    ).mapPayload({ text: 'hi' });
    expect(mapped.data).toEqual({ text: 'hi' });
  });
});
