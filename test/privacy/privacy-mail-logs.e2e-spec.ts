// Mail without a mail server, as a production process runs it: refused unless MAIL_OUTBOX_ONLY=true says so on
// purpose, and never a link's secret (reset, invitation) in the logs, whatever the mode.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { freePort } from '#libs/database';
import { baseEnv, buildDist, run, waitForHealthy, type Run } from '../support/built-processes.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { eventually } from '../support/until.js';

const ADMIN = { email: 'ops@example.org', password: 'operations passphrase' };

describe('mail kept in the outbox', () => {
  let dataDir: string;
  let db: TestDatabase;

  beforeAll(async () => {
    await buildDist();
    dataDir = mkdtempSync(join(tmpdir(), 'confer-mail-logs-'));
    db = await createTestDatabase();
  }, 120_000);

  afterAll(async () => {
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const production = (extra: Record<string, string>) =>
    baseEnv({
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-secret-long-enough-for-hs256',
      DATABASE_URL: db.url,
      DATA_DIR: dataDir,
      ...extra,
    });

  it('is refused in production without SMTP_URL, saying what to set', async () => {
    const api = run('dist/apps/api/src/main.js', production({ API_PORT: String(await freePort()) }));
    expect(await api.exit).toBe(78);
    expect(api.output()).toContain('SMTP_URL is required in production');
    expect(api.output()).toContain('MAIL_OUTBOX_ONLY=true');
  });

  it('with MAIL_OUTBOX_ONLY=true, keeps reset and invitation mail without logging their links’ secrets', async () => {
    const apiPort = await freePort();
    const api: Run = run(
      'dist/apps/api/src/main.js',
      production({
        MAIL_OUTBOX_ONLY: 'true',
        API_PORT: String(apiPort),
        LOG_LEVEL: 'trace',
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        JOBS_POLL_SECONDS: '0.5',
      }),
    );
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await waitForHealthy(api, `http://127.0.0.1:${apiPort}/health/ready`);
      const post = async (query: string, token?: string) =>
        (await (
          await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...(token ? { authorization: `Bearer ${token}` } : {}),
            },
            body: JSON.stringify({ query }),
          })
        ).json()) as { data: Record<string, Record<string, string>> };
      const login = await post(
        `mutation { login(input: { email: "${ADMIN.email}", password: "${ADMIN.password}" }) { accessToken refreshToken } }`,
      );
      const { accessToken, refreshToken } = login.data.login;
      const invited = await post(
        'mutation { createInvitation(input: { email: "new.member@example.org" }) { token } }',
        accessToken,
      );
      await post(`mutation { requestPasswordReset(email: "${ADMIN.email}") }`);

      const mail = async (to: string) =>
        (await client.query<{ text: string }>('SELECT text FROM outbox_emails WHERE recipient = $1', [to]))
          .rows[0]?.text;
      const resetText = await eventually(() => mail(ADMIN.email), 20_000);
      const invitationText = await eventually(() => mail('new.member@example.org'), 20_000);
      const resetToken = /[?&]token=([^\s&]+)/.exec(resetText)?.[1];
      const invitationToken = /[?&]invitation=([^\s&]+)/.exec(invitationText)?.[1];
      expect(resetToken).toBeDefined();
      expect(invitationToken).toBeDefined();
      expect(decodeURIComponent(invitationToken!)).toBe(invited.data.createInvitation.token);

      // The mails were noted in the log, but no secret that a link or a sign-in carries.
      expect(api.output()).toContain('outbox');
      for (const secret of [resetToken!, decodeURIComponent(resetToken!), invitationToken!, refreshToken])
        expect(api.output()).not.toContain(secret);
    } finally {
      await client.end();
      await api.stop();
    }
  }, 90_000);
});
