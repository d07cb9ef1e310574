import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './config.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'confer-config-'));

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig({ DATA_DIR: dataDir(), ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('settings', () => {
  it('has working defaults for a laptop: ports 3000 and 3001, embedded database, outbox mail', () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config).toMatchObject({
      environment: 'development',
      apiPort: 3000,
      realtimePort: 3001,
      databaseUrl: undefined,
      smtpUrl: undefined,
      redisUrl: undefined,
      admin: undefined,
      publicUrl: 'http://localhost:3000',
      allowedOrigins: ['http://localhost:3000'],
      realtimeSendLimit: 60,
      workersInApi: true,
      jobsPollSeconds: 2,
    });
  });

  it('allows sockets from the public origin and the listed ones, and checks the send limit and workers', () => {
    const config = loadConfig({
      DATA_DIR: dataDir(),
      PUBLIC_URL: 'https://confer.example.org/app',
      ALLOWED_ORIGINS: 'https://app.example.org, http://localhost:5173/',
      REALTIME_SEND_LIMIT: '120',
    });
    expect(config.allowedOrigins).toEqual([
      'https://confer.example.org',
      'https://app.example.org',
      'http://localhost:5173',
    ]);
    expect(config.realtimeSendLimit).toBe(120);
    expect(
      problemsOf({
        ALLOWED_ORIGINS: 'confer.example.org',
        REALTIME_SEND_LIMIT: '0',
        JOBS_POLL_SECONDS: '0.1',
        WORKERS_IN_API: 'maybe',
      }),
    ).toEqual([
      expect.stringContaining('ALLOWED_ORIGINS must list origins'),
      expect.stringContaining('REALTIME_SEND_LIMIT must be a whole number'),
      expect.stringContaining('JOBS_POLL_SECONDS must be a number from 0.5 to 60'),
      expect.stringContaining('WORKERS_IN_API must be true or false'),
    ]);
    expect(loadConfig({ DATA_DIR: dataDir(), WORKERS_IN_API: 'false' }).workersInApi).toBe(false);
  });

  it('tells browsers where the realtime service is only when PUBLIC_REALTIME_URL says so, as an origin', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).publicRealtimeUrl).toBeUndefined();
    expect(
      loadConfig({ DATA_DIR: dataDir(), PUBLIC_REALTIME_URL: 'https://live.confer.example.org/' })
        .publicRealtimeUrl,
    ).toBe('https://live.confer.example.org');
    expect(problemsOf({ PUBLIC_REALTIME_URL: 'ws://live.example.org' })).toEqual([
      expect.stringContaining('PUBLIC_REALTIME_URL must start with http:// or https://'),
    ]);
  });

  it('trusts no proxy unless TRUST_PROXY names them, and limits wrong passwords per address', () => {
    expect(loadConfig({ DATA_DIR: dataDir() })).toMatchObject({ trustProxy: false, loginIpLimit: 100 });
    expect(loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: '1', LOGIN_IP_LIMIT: '300' })).toMatchObject({
      trustProxy: 1,
      loginIpLimit: 300,
    });
    expect(
      loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::/8' }).trustProxy,
    ).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8']);
    expect(loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    for (const bad of ['true', 'nginx', '10.0.0.0/33', '10.0.0.1/8/1']) {
      expect(problemsOf({ TRUST_PROXY: bad })).toEqual([expect.stringContaining('TRUST_PROXY must be')]);
    }
    expect(problemsOf({ LOGIN_IP_LIMIT: '0' })).toEqual([expect.stringContaining('LOGIN_IP_LIMIT must be')]);
  });

  it('generates a development JWT secret once and keeps it under the data folder', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir }).jwtSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ DATA_DIR: dir }).jwtSecret).toBe(first);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(first);
  });

  it('refuses to start in production without a JWT_SECRET, or with a short one', () => {
    expect(problemsOf({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail:25' })).toEqual([
      expect.stringContaining('JWT_SECRET is required in production'),
    ]);
    expect(
      problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'too-short', SMTP_URL: 'smtp://mail:25' }),
    ).toEqual([expect.stringContaining('JWT_SECRET must be at least 32 characters')]);
    expect(
      problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), SMTP_URL: 'smtp://mail:25' }),
    ).toEqual([]);
  });

  it('refuses to start in production without SMTP_URL, unless MAIL_OUTBOX_ONLY=true says so on purpose', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };
    expect(problemsOf(production)).toEqual([
      expect.stringMatching(/SMTP_URL is required in production.*set MAIL_OUTBOX_ONLY=true/),
    ]);
    expect(problemsOf({ ...production, MAIL_OUTBOX_ONLY: 'false' })).toHaveLength(1);
    expect(problemsOf({ ...production, MAIL_OUTBOX_ONLY: 'yes' })).toEqual([
      expect.stringContaining('MAIL_OUTBOX_ONLY must be true or false'),
    ]);
    expect(problemsOf({ ...production, SMTP_URL: 'smtp://mail:25', MAIL_OUTBOX_ONLY: 'true' })).toEqual([
      expect.stringContaining('not both'),
    ]);
    const trial = loadConfig({ DATA_DIR: dataDir(), ...production, MAIL_OUTBOX_ONLY: 'true' });
    expect(trial).toMatchObject({ smtpUrl: undefined, mailOutboxOnly: true });
    // Outside production the outbox stays the default, as on a laptop.
    expect(problemsOf({})).toEqual([]);
  });

  it('takes METRICS_TOKEN for scrapes of /metrics, long enough not to be guessed', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).metricsToken).toBeUndefined();
    expect(loadConfig({ DATA_DIR: dataDir(), METRICS_TOKEN: ' a-token-for-prometheus ' }).metricsToken).toBe(
      'a-token-for-prometheus',
    );
    expect(problemsOf({ METRICS_TOKEN: 'short' })).toEqual([
      expect.stringContaining('METRICS_TOKEN must be at least 16 characters'),
    ]);
  });

  it('names every bad setting in one message', () => {
    const env = {
      API_PORT: 'eighty',
      DATABASE_URL: 'mysql://localhost/x',
      SMTP_URL: 'not a url',
      ADMIN_EMAIL: 'a@b.org',
      LOG_LEVEL: 'loud',
    };
    const problems = problemsOf(env);
    for (const name of [
      'API_PORT',
      'DATABASE_URL',
      'SMTP_URL',
      'ADMIN_EMAIL and ADMIN_PASSWORD',
      'LOG_LEVEL',
    ]) {
      expect(problems.some((problem) => problem.startsWith(name))).toBe(true);
    }
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...env })).toThrow(/API_PORT must be a port number/);
  });

  it('takes the first admin from ADMIN_EMAIL and ADMIN_PASSWORD, which must be a usable password', () => {
    expect(
      loadConfig({ DATA_DIR: dataDir(), ADMIN_EMAIL: 'a@b.org', ADMIN_PASSWORD: 'twelve chars!' }).admin,
    ).toEqual({
      email: 'a@b.org',
      password: 'twelve chars!',
    });
    expect(problemsOf({ ADMIN_EMAIL: 'a@b.org', ADMIN_PASSWORD: 'short' })).toEqual([
      expect.stringContaining('ADMIN_PASSWORD'),
    ]);
  });
});
