import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type Environment = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
/** Which proxies' X-Forwarded-For to believe: none, the nearest N hops, or these addresses and subnets. */
export type TrustProxy = false | number | string[];

/** Every setting of Confer, validated. Documented in README.md ("Settings"). */
export interface Config {
  environment: Environment;
  /** A real PostgreSQL server; undefined means "start the embedded one under dataDir". */
  databaseUrl: string | undefined;
  apiPort: number;
  realtimePort: number;
  /** Where links in e-mails point (the web app's origin). */
  publicUrl: string;
  /**
   * Where browsers reach the realtime service (PUBLIC_REALTIME_URL), as an origin; undefined means the realtime port
   * on the host the page was loaded from (http://localhost:3001 for a page at http://localhost:3000).
   */
  publicRealtimeUrl: string | undefined;
  admin: { email: string; password: string } | undefined;
  redisUrl: string | undefined;
  /** Browser origins allowed to open sockets: PUBLIC_URL's origin and those of ALLOWED_ORIGINS. */
  allowedOrigins: string[];
  /** Messages, edits, deletes and reactions one member may send over sockets per minute (REALTIME_SEND_LIMIT). */
  realtimeSendLimit: number;
  /** Multiplies every per-member write limit (WRITE_LIMIT_SCALE, default 1): test worlds build many groups at once. */
  writeLimitScale: number;
  /** Which proxies in front may name the client's address in X-Forwarded-For (TRUST_PROXY, default none). */
  trustProxy: TrustProxy;
  /** Wrong passwords from one address in 15 minutes before it must wait (LOGIN_IP_LIMIT, default 100). */
  loginIpLimit: number;
  /** Whether API processes run the job workers (WORKERS_IN_API, default true); else run `npm run start:worker`. */
  workersInApi: boolean;
  /** How often an idle job worker looks for work, in seconds (JOBS_POLL_SECONDS, 0.5 to 60, default 2). */
  jobsPollSeconds: number;
  smtpUrl: string | undefined;
  /**
   * MAIL_OUTBOX_ONLY=true: mail is kept in the outbox_emails table on purpose (a trial). Production refuses to start
   * without SMTP_URL unless this is set, so that no deployment keeps members' mail there by mistake.
   */
  mailOutboxOnly: boolean;
  mailFrom: string;
  jwtSecret: string;
  logLevel: LogLevel;
  dataDir: string;
  /** When set, `GET /metrics` on both apps answers only `Authorization: Bearer <metricsToken>` (METRICS_TOKEN). */
  metricsToken: string | undefined;
}

/** Thrown when a setting is missing or wrong; its message names every bad setting. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Confer cannot start because of its settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const MIN_SECRET_LENGTH = 32;
const MIN_METRICS_TOKEN_LENGTH = 16;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const blank = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };

  const environment = (blank('NODE_ENV') ?? 'development') as Environment;
  if (!['development', 'production', 'test'].includes(environment)) {
    problems.push(`NODE_ENV must be development, production or test (got "${environment}").`);
  }

  const port = (name: string, fallback: number): number => {
    const raw = blank(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0 || value > 65535) {
      problems.push(`${name} must be a port number from 0 to 65535 (got "${raw}").`);
      return fallback;
    }
    return value;
  };
  const positiveInteger = (name: string, fallback: number): number => {
    const raw = blank(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) {
      problems.push(`${name} must be a whole number of at least 1 (got "${raw}").`);
      return fallback;
    }
    return value;
  };
  const url = (name: string, protocols: string[]): string | undefined => {
    const raw = blank(name);
    if (raw === undefined) return undefined;
    try {
      const parsed = new URL(raw);
      if (!protocols.includes(parsed.protocol)) {
        problems.push(
          `${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')} (got "${parsed.protocol}//...").`,
        );
      }
    } catch {
      problems.push(`${name} is not a valid URL.`);
    }
    return raw;
  };

  const apiPort = port('API_PORT', 3000);
  const realtimePort = port('REALTIME_PORT', 3001);
  const databaseUrl = url('DATABASE_URL', ['postgres:', 'postgresql:']);
  const redisUrl = url('REDIS_URL', ['redis:', 'rediss:']);
  const smtpUrl = url('SMTP_URL', ['smtp:', 'smtps:']);
  const publicUrl = url('PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${apiPort}`;
  const publicRealtimeRaw = url('PUBLIC_REALTIME_URL', ['http:', 'https:']);
  const publicRealtimeUrl = publicRealtimeRaw ? originOf(publicRealtimeRaw) : undefined;
  const allowedOrigins = [publicUrl, ...(blank('ALLOWED_ORIGINS')?.split(',') ?? [])].flatMap((raw) => {
    const value = raw.trim();
    if (!value) return [];
    try {
      const origin = new URL(value).origin;
      if (origin !== 'null') return [origin];
    } catch {
      // reported below
    }
    problems.push(`ALLOWED_ORIGINS must list origins such as https://confer.example.org (got "${value}").`);
    return [];
  });
  const realtimeSendLimit = positiveInteger('REALTIME_SEND_LIMIT', 60);
  const writeLimitScale = positiveInteger('WRITE_LIMIT_SCALE', 1);
  const loginIpLimit = positiveInteger('LOGIN_IP_LIMIT', 100);
  const trustProxy = parseTrustProxy(blank('TRUST_PROXY'), problems);
  const jobsPollRaw = blank('JOBS_POLL_SECONDS');
  const jobsPollSeconds = jobsPollRaw === undefined ? 2 : Number(jobsPollRaw);
  if (!(jobsPollSeconds >= 0.5 && jobsPollSeconds <= 60)) {
    problems.push(`JOBS_POLL_SECONDS must be a number from 0.5 to 60 (got "${jobsPollRaw}").`);
  }
  const workersInApiRaw = blank('WORKERS_IN_API')?.toLowerCase() ?? 'true';
  if (!['true', 'false'].includes(workersInApiRaw)) {
    problems.push(`WORKERS_IN_API must be true or false (got "${workersInApiRaw}").`);
  }
  const dataDir = resolve(blank('DATA_DIR') ?? '.data');
  const mailOutboxOnlyRaw = blank('MAIL_OUTBOX_ONLY')?.toLowerCase() ?? 'false';
  const mailOutboxOnly = mailOutboxOnlyRaw === 'true';
  if (!['true', 'false'].includes(mailOutboxOnlyRaw)) {
    problems.push(`MAIL_OUTBOX_ONLY must be true or false (got "${mailOutboxOnlyRaw}").`);
  } else if (mailOutboxOnly && smtpUrl !== undefined) {
    problems.push(
      'Set SMTP_URL (mail is sent) or MAIL_OUTBOX_ONLY=true (mail is kept in outbox_emails), not both.',
    );
  } else if (smtpUrl === undefined && !mailOutboxOnly && environment === 'production') {
    problems.push(
      'SMTP_URL is required in production (smtp://user:pass@host:port or smtps://...), so that mail is sent. ' +
        'To keep mail in the outbox_emails table instead (a trial without a mail server), set MAIL_OUTBOX_ONLY=true.',
    );
  }

  const adminEmail = blank('ADMIN_EMAIL');
  const adminPassword = env.ADMIN_PASSWORD;
  if ((adminEmail === undefined) !== (adminPassword === undefined || adminPassword === '')) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD must be set together (or neither).');
  }
  if (adminEmail !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(adminEmail)) {
    problems.push('ADMIN_EMAIL is not a valid e-mail address.');
  }
  if (adminPassword && (adminPassword.length < 12 || adminPassword.length > 128)) {
    problems.push('ADMIN_PASSWORD must be 12 to 128 characters long.');
  }

  const logLevel = (blank('LOG_LEVEL') ?? (environment === 'test' ? 'silent' : 'info')) as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}.`);

  let jwtSecret = blank('JWT_SECRET');
  if (jwtSecret !== undefined && jwtSecret.length < MIN_SECRET_LENGTH) {
    problems.push(`JWT_SECRET must be at least ${MIN_SECRET_LENGTH} characters long.`);
  } else if (jwtSecret === undefined && environment === 'production') {
    problems.push(`JWT_SECRET is required in production (at least ${MIN_SECRET_LENGTH} random characters).`);
  }

  const metricsToken = blank('METRICS_TOKEN');
  if (metricsToken !== undefined && metricsToken.length < MIN_METRICS_TOKEN_LENGTH) {
    problems.push(`METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN_LENGTH} characters long.`);
  }

  if (problems.length > 0) throw new ConfigError(problems);
  jwtSecret ??= developmentSecret(dataDir);

  return {
    environment,
    databaseUrl,
    apiPort,
    realtimePort,
    publicUrl: publicUrl.replace(/\/+$/, ''),
    admin: adminEmail && adminPassword ? { email: adminEmail, password: adminPassword } : undefined,
    redisUrl,
    allowedOrigins: [...new Set(allowedOrigins)],
    realtimeSendLimit,
    writeLimitScale,
    trustProxy,
    loginIpLimit,
    workersInApi: workersInApiRaw !== 'false',
    jobsPollSeconds,
    publicRealtimeUrl,
    smtpUrl,
    mailOutboxOnly,
    mailFrom: blank('MAIL_FROM') ?? 'Confer <no-reply@confer.localhost>',
    jwtSecret,
    logLevel,
    dataDir,
    metricsToken,
  };
}

/** A URL's origin (scheme, host and port), or the URL itself when it cannot be read (reported elsewhere). */
function originOf(raw: string): string {
  try {
    return new URL(raw).origin;
  } catch {
    return raw;
  }
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * TRUST_PROXY: unset, `false` or `0` trusts no proxy (the client is whoever connected); a number trusts that many
 * hops; a list names the proxies (addresses, subnets such as 10.0.0.0/8, or loopback, linklocal, uniquelocal).
 * `true` is refused: it would believe any address a client writes into X-Forwarded-For.
 */
function parseTrustProxy(raw: string | undefined, problems: string[]): TrustProxy {
  if (raw === undefined || raw.toLowerCase() === 'false' || raw === '0') return false;
  if (/^\d+$/.test(raw)) return Number(raw);
  const entries = raw.split(',').map((entry) => entry.trim());
  const bad = entries.filter((entry) => {
    if (PROXY_NAMES.includes(entry)) return false;
    const [address, bits, extra] = entry.split('/');
    const version = isIP(address ?? '');
    if (version === 0 || extra !== undefined) return true;
    return bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128));
  });
  if (bad.length > 0) {
    problems.push(
      `TRUST_PROXY must be a number of proxies (e.g. 1) or a list of their addresses or subnets, e.g. "loopback, 10.0.0.0/8" (got "${raw}").`,
    );
    return false;
  }
  return entries;
}

/** Outside production, a secret generated once and kept under the data folder, so sessions survive restarts. */
function developmentSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
