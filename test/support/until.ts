/**
 * Waits until `check` holds (checked every `everyMs`), or fails after `ms` naming `what`: for what happens after a
 * request (a job, a socket event, another process).
 */
export async function until(
  check: () => Promise<boolean> | boolean,
  {
    ms = 10_000,
    everyMs = 25,
    what = 'the condition',
  }: { ms?: number; everyMs?: number; what?: string } = {},
): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** Waits for `find` to answer something (up to `ms`), and answers it. */
export async function eventually<T>(find: () => Promise<T | null | undefined>, ms = 10_000): Promise<T> {
  let found: T | null | undefined;
  await until(async () => (found = await find()) != null, { ms, everyMs: 100, what: 'a result' });
  return found as T;
}

/**
 * Waits until the job queue has nothing due or running (jobs planned for later, such as reminders, do not count),
 * so that "nothing came of it" is a real answer. On a timeout, says which jobs are stuck.
 */
export async function jobsSettled(
  query: (sql: string) => Promise<Array<Record<string, unknown>>>,
): Promise<void> {
  const due = `FROM pgboss.job WHERE (state IN ('created', 'retry') AND start_after <= now()) OR state = 'active'`;
  try {
    await until(async () => (await query(`SELECT count(*)::int AS n ${due}`))[0].n === 0, {
      ms: 15_000,
      everyMs: 50,
      what: 'the job queue to settle',
    });
  } catch (error) {
    const stuck = await query(`SELECT name, state, retry_count, output ${due} LIMIT 3`);
    throw new Error(`${(error as Error).message}: ${JSON.stringify(stuck)}`, { cause: error });
  }
}
