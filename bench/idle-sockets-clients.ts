// A load generator of bench/idle-sockets.ts, in a process of its own: holds many plain socket.io-client sockets to
// one server and does nothing with them but what it is told over IPC (connect, join a room each, report, close).
// Every socket has the same settings whichever server it talks to: WebSocket only, its own connection, no
// reconnection (a socket that drops stays dropped, so "stayed connected" means it), and an access token in `auth`.
import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';

export type ClientCommand =
  | { cmd: 'connect'; url: string; tokens: string[]; inFlight: number }
  /** `confer`: `thread:join {threadId}`, acknowledged `{ ok: true }`; `bare`: `join <room>` (bench/relay-server.ts). */
  | { cmd: 'join'; mode: 'confer' | 'bare'; rooms: string[]; inFlight: number }
  | { cmd: 'status' }
  | { cmd: 'close' };

export type ClientReport =
  | { cmd: 'connect'; connected: number; failed: number; firstError?: string; ms: number }
  | { cmd: 'join'; joined: number; failed: number; firstError?: string; ms: number }
  | {
      cmd: 'status';
      sockets: number;
      connected: number;
      disconnects: number;
      disconnectReasons: Record<string, number>;
      /** Pings heard from the server since the last status, fewest and most on any one socket. */
      minPings: number;
      maxPings: number;
    }
  | { cmd: 'close' };

const sockets: Socket[] = [];
let pings: number[] = [];
let disconnects = 0;
const disconnectReasons: Record<string, number> = {};

/** Runs `work(i)` for i in 0..count-1, `inFlight` at a time; answers how many failed and the first error. */
async function pooled(
  count: number,
  inFlight: number,
  work: (i: number) => Promise<void>,
): Promise<{ failed: number; firstError?: string }> {
  let next = 0;
  let failed = 0;
  let firstError: string | undefined;
  await Promise.all(
    Array.from({ length: Math.min(inFlight, count) }, async () => {
      while (next < count) {
        const i = next++;
        try {
          await work(i);
        } catch (error) {
          failed++;
          firstError ??= error instanceof Error ? error.message : String(error);
        }
      }
    }),
  );
  return { failed, firstError };
}

function connectOne(url: string, token: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = io(url, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      auth: { token },
      timeout: 60_000,
    });
    const n = sockets.push(socket) - 1;
    pings[n] = 0;
    socket.io.on('ping', () => pings[n]++);
    socket.once('connect', () => {
      socket.on('disconnect', (reason) => {
        disconnects++;
        disconnectReasons[reason] = (disconnectReasons[reason] ?? 0) + 1;
      });
      resolve();
    });
    socket.once('connect_error', (error) => reject(error));
  });
}

async function handle(command: ClientCommand): Promise<ClientReport> {
  switch (command.cmd) {
    case 'connect': {
      const started = performance.now();
      const { failed, firstError } = await pooled(command.tokens.length, command.inFlight, (i) =>
        connectOne(command.url, command.tokens[i]),
      );
      const ms = performance.now() - started;
      return { cmd: 'connect', connected: command.tokens.length - failed, failed, firstError, ms };
    }
    case 'join': {
      const started = performance.now();
      const { failed, firstError } = await pooled(sockets.length, command.inFlight, async (i) => {
        const socket = sockets[i];
        const room = command.rooms[i % command.rooms.length];
        if (command.mode === 'bare') {
          await socket.timeout(60_000).emitWithAck('join', room);
          return;
        }
        const ack = (await socket.timeout(60_000).emitWithAck('thread:join', { threadId: room })) as {
          ok: boolean;
          error?: { code: string; message: string };
        };
        if (!ack.ok) throw new Error(`${ack.error?.code}: ${ack.error?.message}`);
      });
      const ms = performance.now() - started;
      return { cmd: 'join', joined: sockets.length - failed, failed, firstError, ms };
    }
    case 'status': {
      const report: ClientReport = {
        cmd: 'status',
        sockets: sockets.length,
        connected: sockets.filter((socket) => socket.connected).length,
        disconnects,
        disconnectReasons: { ...disconnectReasons },
        minPings: Math.min(...pings),
        maxPings: Math.max(...pings),
      };
      pings = pings.map(() => 0);
      return report;
    }
    case 'close':
      for (const socket of sockets) socket.disconnect();
      return { cmd: 'close' };
  }
}

process.on('message', (command: ClientCommand) => {
  void handle(command).then((report) => {
    process.send!(report);
    if (command.cmd === 'close') setTimeout(() => process.exit(0), 500);
  });
});
process.send!('ready');
