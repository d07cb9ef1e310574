// How the authorization matrix runs and judges its rows, and what the committed contracts say it must have rows for.
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { parse } from 'yaml';
import { NOT_FOUND_MESSAGE } from '#libs/errors';
import { SIGNED_IN_KINDS, VIEWER_KINDS, type ViewerKind } from '../authorization-world.js';
import { KNOWN } from './known.js';
import {
  platform,
  w,
  type GraphqlCase,
  type Outcome,
  type Rows,
  type SocketCase,
  type UnacknowledgedEvent,
} from './shared.js';

// ---------------------------------------------------------------------------------------------------------------
// Judging.

export const labelOf = (operation: string, on?: string) => (on ? `${operation} (${on})` : operation);

/** A problem unless `actual` is what the row (or KNOWN) says. */
export function judge(
  operation: string,
  on: string | undefined,
  kind: ViewerKind,
  should: Outcome,
  actual: string,
  message?: string,
): string | undefined {
  const where = `${labelOf(operation, on)} as ${kind}`;
  const said = message ? ` (“${message}”)` : '';
  const known = KNOWN.find((k) => k.operation === operation && k.on === on && k.viewer === kind);
  if (known) {
    if (actual === should) return `${where}: now ${actual} as it should be: remove it from KNOWN`;
    return actual === known.actual
      ? undefined
      : `${where}: expected ${known.actual} (KNOWN; should be ${should}), got ${actual}${said}`;
  }
  if (actual !== should) return `${where}: expected ${should}, got ${actual}${said}`;
  // Missing and not for this viewer read the same, whatever the thing: one wording for every NOT_FOUND.
  if (actual === 'NOT_FOUND' && message !== undefined && message !== NOT_FOUND_MESSAGE)
    return `${where}: NOT_FOUND in words of its own${said}`;
  return undefined;
}

export const casesOf = <T>(row: T | T[]): T[] => (Array.isArray(row) ? row : [row]);

export async function runGraphqlCase(operation: string, c: GraphqlCase): Promise<string[]> {
  const problems = await Promise.all(
    VIEWER_KINDS.map(async (kind) => {
      const request = await c.request(kind);
      const as = request.as === undefined ? w.viewer(kind) : request.as;
      const response = await platform.graphql<Record<string, unknown>>(
        request.query,
        request.variables ?? {},
        as?.token,
      );
      const error = response.errors?.[0];
      const actual = error ? (error.extensions?.code ?? `no code (HTTP ${response.status})`) : 'OK';
      const said = error && [
        error.message,
        error.extensions?.fields && JSON.stringify(error.extensions.fields),
      ];
      const problem = judge(operation, c.on, kind, c.expect[kind], actual, said?.filter(Boolean).join(' '));
      if (problem || actual !== 'OK' || !c.check) return problem;
      const wrong = c.check(kind, response.data ?? {});
      return wrong && `${labelOf(operation, c.on)} as ${kind}: ${wrong}`;
    }),
  );
  return problems.filter((problem): problem is string => problem !== undefined);
}

// ---------------------------------------------------------------------------------------------------------------
// The contracts.

const schema = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));
export const graphqlOperations = [
  schema.getQueryType(),
  schema.getMutationType(),
  schema.getSubscriptionType(),
].flatMap((type) => (type ? Object.keys(type.getFields()) : []));

interface Contract {
  operations: Record<string, { action: 'send' | 'receive'; messages: Array<{ $ref: string }> }>;
  components: { messages: Record<string, { name: string }> };
}
const contract = parse(readFileSync('schema/realtime.asyncapi.yaml', 'utf8')) as Contract;
/** What clients send the service: the contract's `receive` operations, by event name. */
export const socketEvents = Object.values(contract.operations)
  .filter((operation) => operation.action === 'receive')
  .flatMap((operation) => operation.messages)
  .map((message) => contract.components.messages[message.$ref.split('/').pop()!].name);

// ---------------------------------------------------------------------------------------------------------------
// The tables.

/** The tables as one, in the order given; an operation in two tables is a mistake (one row would hide the other). */
export function allRows<T>(...tables: Array<Record<string, T>>): Record<string, T> {
  const all: Record<string, T> = {};
  for (const table of tables)
    for (const [operation, row] of Object.entries(table)) {
      if (operation in all) throw new Error(`${operation}: a row in two tables`);
      all[operation] = row;
    }
  return all;
}

/** The table with its operations in alphabetical order. */
export const byName = <T>(table: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : 1)));

/** How many answers the rows judge: one for each viewer of each case. */
export const checksOf = (graphql: Rows, socket: Record<string, SocketCase[] | UnacknowledgedEvent>) => ({
  graphql: Object.values(graphql).reduce((sum, row) => sum + casesOf(row).length * VIEWER_KINDS.length, 0),
  socket: Object.values(socket).reduce(
    (sum, row) => sum + (Array.isArray(row) ? row.length : 1) * SIGNED_IN_KINDS.length,
    0,
  ),
});
