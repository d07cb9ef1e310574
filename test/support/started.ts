// What a test file started and has not closed. A start still under way when its beforeAll times out (a loaded
// machine) finishes later, after the file's afterAll found nothing to close: its job queue would then outlive the
// file. After the file's own afterAll, no-queue-outlives-its-file.ts closes what is left here, and fails the file.

interface Closable {
  close(): Promise<void>;
}

const unclosed = new Set<Promise<Closable | undefined>>();

/** Keeps `starting` until its result's close() is called; answers it with that close() tracked. */
export async function tracked<T extends Closable>(starting: Promise<T>): Promise<T> {
  const entry = starting.catch(() => undefined);
  unclosed.add(entry);
  const started = await starting;
  const close = started.close.bind(started);
  started.close = () => {
    unclosed.delete(entry);
    return close();
  };
  return started;
}

/** Waits for every start still under way, closes what was not closed, and answers how many there were. */
export async function closeWhatIsLeft(): Promise<number> {
  const left = (await Promise.all(unclosed)).filter((started) => started !== undefined);
  unclosed.clear();
  for (const started of left) await started.close();
  return left.length;
}
