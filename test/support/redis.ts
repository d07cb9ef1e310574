import { createClient } from 'redis';

/**
 * The Redis the tests may use: TEST_REDIS_URL, or the machine's server at 127.0.0.1:6379. Tests that need it are
 * skipped, with a note, only when none answers; CI sets CONFER_REQUIRE_REDIS=1 so that there it must answer.
 */
export async function redisForTests(): Promise<string | undefined> {
  const url = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const client = createClient({ url, socket: { connectTimeout: 1_000, reconnectStrategy: false } });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    return url;
  } catch (error) {
    if (process.env.CONFER_REQUIRE_REDIS === '1')
      throw new Error(`No Redis answers at ${url}.`, { cause: error });
    console.warn(`No Redis answers at ${url}: the tests that need Redis are skipped.`);
    return undefined;
  } finally {
    if (client.isOpen) client.destroy();
  }
}
