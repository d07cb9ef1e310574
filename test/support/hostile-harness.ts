// The harness of test/abuse/hostile-input.e2e-spec.ts, shared by its mutation and socket-event parts
// (test/abuse/hostile-input-mutations.ts, test/abuse/hostile-input-socket-events.ts): the platform and the world it throws
// hostile input at, a fingerprint of the tables, POST /graphql from an address of its own, the judging of one answer,
// and fast-check runs with the seed CI replays.
import { afterAll, beforeAll } from '@jest/globals';
import fc from 'fast-check';
import {
  describe as shown,
  errorProblems,
  fingerprinter,
  messageShape,
  type Fingerprint,
  type WireError,
} from './hostile-checks.js';
import { buildHostileWorld, type HostileWorld } from './hostile-world.js';
import { startTestPlatform, type TestPlatform } from './test-platform.js';
import { jobsSettled } from './until.js';

export const RUNS = Number(process.env.HOSTILE_RUNS ?? 20);
/**
 * CI replays one seed (checked green), so that a landing is decided by the code, not by luck; every other run explores
 * new inputs, and a failure prints the seed that replays it.
 */
const CI_SEED = 2083440041;
const SEED =
  process.env.HOSTILE_SEED !== undefined
    ? Number(process.env.HOSTILE_SEED)
    : process.env.CI
      ? CI_SEED
      : undefined;
export const EXPLORE = process.env.HOSTILE_EXPLORE === '1';
/** The request body limit of the API (docs/SECURITY.md) and the socket's event limit (docs/API.md, "Realtime"). */
const BODY_LIMIT = 100 * 1024;
export const EVENT_LIMIT = 64 * 1024;

/** A plausible value with `insert` inside it (so that it passes the checks that look at its shape). */
export const within = (current: unknown, insert: string) =>
  typeof current === 'string' && current.length > 1
    ? `${current.slice(0, 1)}${insert}${current.slice(1)}`
    : `a${insert}b`;

export interface Found {
  where: string;
  role: string;
  input: string;
  problems: string[];
}

export type HostileHarness = ReturnType<typeof hostileHarness>;

/**
 * Starts the platform and the hostile world in a `beforeAll` of the describe block it is called in (and closes them
 * in its `afterAll`, saying every failure found); `platform` and `world` answer once that `beforeAll` has run.
 */
export function hostileHarness() {
  let platform: TestPlatform;
  let world: HostileWorld;
  let fingerprintOnce: () => Promise<Fingerprint>;
  const found: Found[] = [];
  /** BAD_USER_INPUT answers that name no field, by the shape of their message: where each was seen first. */
  const unnamed = new Map<string, string>();
  const noteUnnamed = (where: string) => (message: string) => {
    const shape = messageShape(message);
    if (!unnamed.has(shape)) unnamed.set(shape, `${where}: ${message.slice(0, 300)}`);
  };
  let requests = 0;
  const spent = { fingerprint: 0, request: 0, viewers: 0 };
  const timed = async <T>(what: keyof typeof spent, work: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await work();
    } finally {
      spent[what] += performance.now() - start;
    }
  };
  /**
   * The tables' fingerprint, once the job queue has no job due: what earlier accepted calls left to the workers (a
   * reset link's token, the places given up when a member leaves a group) lands before it, not inside a later call.
   */
  const fingerprint = () =>
    timed('fingerprint', async () => {
      await jobsSettled((sql) => platform.db.query(sql));
      return fingerprintOnce();
    });

  beforeAll(async () => {
    platform = await startTestPlatform({
      REALTIME_SEND_LIMIT: '100000',
      LOGIN_IP_LIMIT: '100000',
      // Each request says it comes from an address of its own (X-Forwarded-For), so that the per-address limits
      // (registration, password resets, sign-in) are spread; per-account and per-member limits still apply.
      TRUST_PROXY: 'loopback',
      // HOSTILE_LOG_LEVEL=error shows the stack of every internal error (the cause of a 500).
      ...(process.env.HOSTILE_LOG_LEVEL ? { LOG_LEVEL: process.env.HOSTILE_LOG_LEVEL } : {}),
    });
    world = await buildHostileWorld(platform);
    fingerprintOnce = fingerprinter(platform.db);
  }, 60_000);

  afterAll(async () => {
    if (found.length) {
      const lines = found.map(
        (f) => `- ${f.where} as ${f.role}: ${f.problems.join('; ')}\n    input: ${f.input.slice(0, 600)}`,
      );
      console.warn(`Hostile input found ${found.length} failures:\n${lines.join('\n')}`);
    }
    if (process.env.HOSTILE_PROFILE)
      console.warn(`Time spent (ms): ${JSON.stringify(spent)}, ${requests} requests`);
    await platform?.close();
  });

  /** POST /graphql from an address of its own; the raw answer. */
  const send = async (document: string, variables: unknown, token: string | undefined) => {
    requests++;
    const body = JSON.stringify({ query: document, variables });
    const start = performance.now();
    const response = await fetch(`${platform.apiUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': `10.${(requests >> 16) & 255}.${(requests >> 8) & 255}.${requests & 255}`,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body,
      signal: AbortSignal.timeout(15_000),
    });
    const text = await response.text();
    spent.request += performance.now() - start;
    return { status: response.status, text, bytes: Buffer.byteLength(body) };
  };

  /** What is wrong with one answer to a mutation; and whether it failed (so that it must have written nothing). */
  const judge = (name: string, answer: { status: number; text: string; bytes: number }) => {
    const problems: string[] = [];
    let body: { data?: Record<string, unknown> | null; errors?: WireError[] } = {};
    try {
      body = JSON.parse(answer.text) as typeof body;
    } catch {
      problems.push(`HTTP ${answer.status} without a JSON body: ${answer.text.slice(0, 200)}`);
    }
    if (![200, 400, 413, 429].includes(answer.status)) problems.push(`HTTP ${answer.status}`);
    if (answer.status === 413 && answer.bytes <= BODY_LIMIT)
      problems.push(`413 for a body of ${answer.bytes} bytes, under the limit`);
    if (answer.bytes > BODY_LIMIT && answer.status !== 413)
      problems.push(`HTTP ${answer.status} for a body of ${answer.bytes} bytes, over the limit`);
    const errors = body.errors ?? [];
    // A body over the limit is refused before it is read (docs/SECURITY.md): there is no field to name.
    const unnamedHere = answer.status === 413 ? () => undefined : noteUnnamed(name);
    for (const error of errors) problems.push(...errorProblems(error, unnamedHere));
    const failed = errors.length > 0 || answer.status !== 200;
    if (!failed && (body.data === null || body.data === undefined || !(name in body.data)))
      problems.push(`an answer with neither data nor errors: ${answer.text.slice(0, 200)}`);
    return { problems, failed };
  };

  const report = (where: string, role: string, input: unknown, problems: string[]) => {
    if (problems.length === 0) return;
    if (!EXPLORE) throw new Error(problems.join('\n'));
    found.push({ where, role, input: shown(input), problems });
  };

  /** Runs a property; a failure names the (shrunk) input, shortened, and the seed that replays it. */
  const check = async <T extends unknown[]>(
    where: string,
    property: fc.IAsyncPropertyWithHooks<T>,
    numRuns: number,
  ) => {
    const result = await fc.check(property, { numRuns, seed: SEED, endOnFailure: EXPLORE });
    if (result.failed) {
      const error =
        result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
      throw new Error(
        `${where} failed after ${result.numRuns} runs (HOSTILE_SEED=${result.seed}, path ${result.counterexamplePath}):\n` +
          `${error}\nwith ${shown(result.counterexample).slice(0, 2000)}`,
      );
    }
  };

  return {
    get platform() {
      return platform;
    },
    get world() {
      return world;
    },
    found,
    unnamed,
    noteUnnamed,
    timed,
    fingerprint,
    send,
    judge,
    report,
    check,
  };
}
