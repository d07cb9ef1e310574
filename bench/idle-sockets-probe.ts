// Preloaded by bench/idle-sockets.ts into each server it measures (`node --expose-gc --import <this file> <server>`),
// so that Confer's realtime process and the bare socket.io server are measured the same way: asked over IPC, it runs
// a full garbage collection (twice, a second apart) and answers process.memoryUsage(). The
// server itself is run unchanged. With HEAP_SNAPSHOT_DIR set, it can also write a heap snapshot there on request.
import { writeHeapSnapshot } from 'node:v8';

/** What the benchmark sends (import these as types only: importing this module installs the listener). */
export type MemoryRequest = 'idle-sockets:memory' | 'idle-sockets:snapshot';
const MEMORY_REQUEST: MemoryRequest = 'idle-sockets:memory';
const SNAPSHOT_REQUEST: MemoryRequest = 'idle-sockets:snapshot';

export interface MemoryAnswer {
  kind: 'idle-sockets:memory';
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  collected: boolean;
  snapshot?: string;
}

/** A full collection, again after a second (V8 gives pages back to the system a little after a collection). */
async function collect(): Promise<boolean> {
  if (!globalThis.gc) return false;
  globalThis.gc();
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  globalThis.gc();
  return true;
}

async function answer(message: unknown): Promise<void> {
  if (message !== MEMORY_REQUEST && message !== SNAPSHOT_REQUEST) return;
  const collected = await collect();
  const snapshot =
    message === SNAPSHOT_REQUEST && process.env.HEAP_SNAPSHOT_DIR
      ? writeHeapSnapshot(`${process.env.HEAP_SNAPSHOT_DIR}/${process.pid}-${Date.now()}.heapsnapshot`)
      : undefined;
  const reply: MemoryAnswer = { kind: 'idle-sockets:memory', ...process.memoryUsage(), collected, snapshot };
  process.send?.(reply);
}

process.on('message', (message: unknown) => void answer(message));
