import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.js';

describe('the API process', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform();
  });

  afterAll(() => platform.close());

  it('is live, and ready when the database answers and is fully migrated', async () => {
    const live = await fetch(`${platform.apiUrl}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${platform.apiUrl}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'ok', migrations: 'ok' });
    expect((await fetch(`${platform.realtimeUrl}/health/live`)).status).toBe(200);
  });

  it('is not ready while a migration is pending', async () => {
    const [last] = await platform.db.query<{ id: number; timestamp: string; name: string }>(
      'DELETE FROM migrations WHERE id = (SELECT max(id) FROM migrations) RETURNING id, timestamp, name',
    );
    try {
      const ready = await fetch(`${platform.apiUrl}/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'unavailable', migrations: 'pending' });
    } finally {
      await platform.db.query('INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)', [
        last.id,
        last.timestamp,
        last.name,
      ]);
    }
  });

  it('gives each request an id, echoing one set by a proxy', async () => {
    const given = await fetch(`${platform.apiUrl}/health/live`, {
      headers: { 'x-request-id': 'proxy-abc-123' },
    });
    expect(given.headers.get('x-request-id')).toBe('proxy-abc-123');
    const made = await fetch(`${platform.apiUrl}/health/live`);
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers an unexpected failure with INTERNAL_SERVER_ERROR, a plain message and no internals', async () => {
    await platform.db.query('ALTER TABLE members RENAME TO members_elsewhere');
    try {
      const result = await platform.graphql(
        'mutation { login(input: { email: "a@b.org", password: "whatever it is" }) { accessToken } }',
      );
      expect(result.errors?.[0]).toEqual({
        message: 'Something went wrong on our side. Please try again in a moment.',
        locations: expect.any(Array),
        path: ['login'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(JSON.stringify(result)).not.toMatch(/members|relation|QueryFailedError|node_modules/);
    } finally {
      await platform.db.query('ALTER TABLE members_elsewhere RENAME TO members');
    }
  });

  it('answers an anonymous `me` with UNAUTHENTICATED and a bad bearer token likewise', async () => {
    expect((await platform.graphql('{ me { id } }')).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await platform.graphql('{ me { id } }', {}, 'garbage')).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});
