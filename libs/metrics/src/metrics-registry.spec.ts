import { describe, expect, it } from '@jest/globals';
import { MessagesStored } from './messages-stored.js';
import { MetricsRegistry } from './metrics-registry.js';

describe('MetricsRegistry', () => {
  it('gives each app its own metrics in one process, beside the process metrics, all prefixed confer_', async () => {
    const api = new MetricsRegistry();
    const realtime = new MetricsRegistry();
    // The same names in both: no "already registered" clash, as with prom-client's global registry.
    new MessagesStored(api).add(2);
    new MessagesStored(realtime).add(3);

    const [apiText, realtimeText] = await Promise.all([api.scrape(undefined), realtime.scrape(undefined)]);
    expect(apiText).toMatchObject({ status: 200, contentType: expect.stringContaining('text/plain') });
    expect(apiText.body).toContain('\nconfer_messages_stored_total 2\n');
    expect(realtimeText.body).toContain('\nconfer_messages_stored_total 3\n');
    for (const { body } of [apiText, realtimeText]) {
      expect(body).toContain('# TYPE confer_process_cpu_user_seconds_total counter');
      expect(body).toContain('# TYPE confer_nodejs_eventloop_lag_seconds gauge');
      const names = body
        .split('\n')
        .filter((line) => line !== '' && !line.startsWith('#'))
        .map((line) => line.split(/[{ ]/)[0]);
      expect(names.filter((name) => !name.startsWith('confer_'))).toEqual([]);
    }
  });

  it('is open without METRICS_TOKEN, and asks for it as a bearer token when set', async () => {
    expect((await new MetricsRegistry({}).scrape(undefined)).status).toBe(200);
    const guarded = new MetricsRegistry({ token: 'a-metrics-token-of-some-length' });
    for (const authorization of [
      undefined,
      '',
      'a-metrics-token-of-some-length',
      'Bearer a-metrics-token-of-some-lengt',
      'Bearer a-metrics-token-of-some-length2',
      'Basic a-metrics-token-of-some-length',
    ]) {
      const scrape = await guarded.scrape(authorization);
      expect([authorization, scrape.status]).toEqual([authorization, 401]);
      expect(scrape.body).not.toContain('confer_');
    }
    expect((await guarded.scrape('Bearer a-metrics-token-of-some-length')).status).toBe(200);
  });
});
