// What a deployer relies on in docker-compose.yml, deploy/nginx.conf and the Dockerfile, checked
// without a Docker engine: the files are parsed and read as text.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';

interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[] };
  volumes?: (string | { type?: string; source?: string; target?: string; read_only?: boolean })[];
  ports?: (string | number | { published?: string | number; target?: number })[];
  restart?: string;
  stop_grace_period?: string;
}

interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const root = process.cwd();
const read = (file: string): string => readFileSync(join(root, file), 'utf8');

// Compose honours YAML merge keys (`<<: *anchor`), so the test parses with them too.
const compose = parse(read('docker-compose.yml'), { merge: true }) as Compose;
const services = compose.services;

const API = ['api-1', 'api-2'];
const REALTIME = ['realtime-1', 'realtime-2'];
const APPS = [...API, ...REALTIME];
const IMAGE_SERVICES = ['migrate', ...APPS];

function service(name: string): Service {
  const found = services[name];
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`);
  return found;
}

function environment(name: string): Record<string, string> {
  const env = service(name).environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const at = entry.indexOf('=');
        return at < 0 ? [entry, ''] : [entry.slice(0, at), entry.slice(at + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, String(value ?? '')]));
}

function dependencies(name: string): Record<string, string | undefined> {
  const dependsOn = service(name).depends_on ?? {};
  if (Array.isArray(dependsOn)) return Object.fromEntries(dependsOn.map((dep) => [dep, undefined]));
  return Object.fromEntries(Object.entries(dependsOn).map(([dep, spec]) => [dep, spec?.condition]));
}

const words = (value: string | string[] | undefined): string =>
  Array.isArray(value) ? value.join(' ') : (value ?? '');

/** nginx sends /socket.io/ somewhere (its upstreams are checked below). */
const proxyRoutesSocketIo = (): boolean =>
  /location\s+\/socket\.io\/\s*\{[^}]*proxy_pass/.test(read('deploy/nginx.conf'));

/** The Dockerfile's last stage: what the image is. */
const dockerfileExists = existsSync(join(root, 'Dockerfile'));
const dockerfile = (dockerfileExists ? read('Dockerfile') : '').replace(/^\s*#[^\n]*\n/gm, '');
const lastFrom = dockerfile.search(/^FROM\s[^\n]*$(?![\s\S]*^FROM\s)/m);
const buildStages = lastFrom < 0 ? '' : dockerfile.slice(0, lastFrom);
const runtimeStage = lastFrom < 0 ? '' : dockerfile.slice(lastFrom);

/** The command a service runs: its own, else the image's CMD. */
function command(name: string): string {
  const own = words(service(name).command);
  if (own) return own;
  const cmd = /^CMD\s+(.+)$/m.exec(runtimeStage)?.[1] ?? '';
  return cmd.startsWith('[') ? (JSON.parse(cmd) as string[]).join(' ') : cmd;
}

/** `node dist/<path>.js` must name a file compiled from `<path>.ts` in the repo. */
function entryPointSource(cmd: string): string | undefined {
  const script = /\bnode\s+dist\/(\S+)\.js\b/.exec(cmd)?.[1];
  return script === undefined ? undefined : `${script}.ts`;
}

describe('docker-compose.yml', () => {
  it('has every service of the deployment', () => {
    expect(Object.keys(services).sort()).toEqual(
      ['api-1', 'api-2', 'migrate', 'postgres', 'proxy', 'realtime-1', 'realtime-2', 'redis'].sort(),
    );
  });

  it('runs PostgreSQL 18 with a pg_isready healthcheck and its data on a named volume', () => {
    const postgres = service('postgres');
    expect(postgres.image).toBe('postgres:18');
    expect(words(postgres.healthcheck?.test)).toContain('pg_isready');
    const named = (postgres.volumes ?? [])
      .map((volume) => (typeof volume === 'string' ? volume.split(':')[0] : volume.source))
      .filter((source): source is string => !!source && !/^[./~]/.test(source));
    expect(named.length).toBeGreaterThan(0);
    for (const volume of named) expect(Object.keys(compose.volumes ?? {})).toContain(volume);
  });

  it('lets every app process hold its whole connection pools (max_connections)', () => {
    // The pools as the code sizes them: TypeORM's, the job queue's, the emitter's, and realtime's adapter.
    const poolMax = (file: string, pattern: RegExp) => Number(pattern.exec(read(file))?.[1]);
    const perProcess =
      poolMax('libs/database/src/data-source.ts', /max:\s*(\d+)/) +
      poolMax('libs/jobs/src/job-queue.ts', /max:\s*(\d+)/) +
      poolMax('libs/realtime-publisher/src/fan-out.ts', /max:\s*(\d+)/) +
      poolMax('apps/realtime/src/fan-out-io.adapter.ts', /new pg\.Pool\(\{[^}]*max:\s*(\d+)/);
    expect(perProcess).toBeGreaterThan(20);
    const appProcesses = IMAGE_SERVICES.length + 1; // and a worker (docs/DEPLOY.md) or one more replica
    const maxConnections = Number(
      /max_connections=(\d+)/.exec(words(service('postgres').command))?.[1] ?? 100,
    );
    expect(maxConnections).toBeGreaterThanOrEqual(appProcesses * perProcess + 10); // + psql, backups, monitoring
  });

  it.each(APPS)('gives %s time to close its sockets and finish its work when stopped', (name) => {
    const grace = /^(\d+)s$/.exec(service(name).stop_grace_period ?? '10s')?.[1];
    expect(Number(grace)).toBeGreaterThanOrEqual(20);
  });

  it('runs Redis 7', () => {
    expect(service('redis').image).toMatch(/^redis:7\b/);
  });

  it.each(IMAGE_SERVICES)('builds %s from the repository Dockerfile', (name) => {
    const build = service(name).build;
    const spec = typeof build === 'string' ? { context: build } : build;
    expect(spec?.context).toBe('.');
    expect(spec?.dockerfile ?? 'Dockerfile').toBe('Dockerfile');
  });

  it.each(IMAGE_SERVICES)('points %s at postgres, redis and a required JWT_SECRET', (name) => {
    const env = environment(name);
    const postgres = environment('postgres');
    const database = new URL(env.DATABASE_URL ?? 'missing:');
    expect(database.protocol).toMatch(/^postgres(ql)?:$/);
    expect(database.hostname).toBe('postgres');
    expect(database.username).toBe(postgres.POSTGRES_USER);
    expect(database.pathname).toBe(`/${postgres.POSTGRES_DB}`);
    const redis = new URL(env.REDIS_URL ?? 'missing:');
    expect(redis.protocol).toBe('redis:');
    expect(redis.hostname).toBe('redis');
    // `${VAR:?message}`: Compose refuses to start when JWT_SECRET is unset or empty.
    expect(env.JWT_SECRET).toMatch(/^\$\{JWT_SECRET:\?[^}]+\}$/);
  });

  it.each(API)(
    'tells browsers of %s to reach socket.io through the proxy, on the web app’s own origin',
    (name) => {
      const env = environment(name);
      expect(env.PUBLIC_REALTIME_URL).toBe(env.PUBLIC_URL);
      expect(proxyRoutesSocketIo()).toBe(true);
    },
  );

  it.each(API)('lets %s count sign-in limits per client behind the one nginx hop (TRUST_PROXY=1)', (name) => {
    expect(environment(name).TRUST_PROXY).toBe('1');
    expect(read('deploy/nginx.conf')).toMatch(/X-Forwarded-For \$proxy_add_x_forwarded_for/);
  });

  it('migrates once, after PostgreSQL is healthy', () => {
    expect(command('migrate')).toMatch(/^node dist\/libs\/database\/src\/cli\/migrate\.js$/);
    expect(dependencies('migrate')).toMatchObject({ postgres: 'service_healthy' });
    expect(service('migrate').restart ?? 'no').toBe('no');
  });

  it.each(APPS)('starts %s only after the migration has completed successfully', (name) => {
    expect(dependencies(name)).toMatchObject({ migrate: 'service_completed_successfully' });
  });

  it.each(API)('runs the API in %s, healthy when /health/ready answers', (name) => {
    expect(command(name)).toBe('node dist/apps/api/src/main.js');
    const test = words(service(name).healthcheck?.test);
    expect(test).toContain('fetch(');
    expect(test).toMatch(/:3000\/health\/ready\b/);
  });

  it.each(REALTIME)('runs the realtime service in %s, healthy when /health/live answers', (name) => {
    expect(command(name)).toBe('node dist/apps/realtime/src/main.js');
    const test = words(service(name).healthcheck?.test);
    expect(test).toContain('fetch(');
    expect(test).toMatch(/:3001\/health\/live\b/);
  });

  it.each(IMAGE_SERVICES)('starts %s with an entry point that exists in the source tree', (name) => {
    const source = entryPointSource(command(name));
    expect(source).toBeDefined();
    expect(existsSync(join(root, source ?? ''))).toBe(true);
  });

  it('puts nginx in front on port 8080 with deploy/nginx.conf mounted read-only', () => {
    const proxy = service('proxy');
    expect(proxy.image).toMatch(/^nginx:/);
    const published = (proxy.ports ?? []).map((port) =>
      typeof port === 'object' ? String(port.published) : String(port).split(':').slice(-2)[0],
    );
    expect(published).toContain('8080');
    const mounts = (proxy.volumes ?? []).map((volume) =>
      typeof volume === 'string'
        ? {
            source: volume.split(':')[0],
            target: volume.split(':')[1],
            readOnly: volume.split(':')[2] === 'ro',
          }
        : { source: volume.source, target: volume.target, readOnly: volume.read_only === true },
    );
    const config = mounts.find((mount) => mount.source?.replace(/^\.\//, '') === 'deploy/nginx.conf');
    expect(config).toBeDefined();
    expect(config?.target).toMatch(/^\/etc\/nginx\//);
    expect(config?.readOnly).toBe(true);
    expect(existsSync(join(root, 'deploy/nginx.conf'))).toBe(true);
    expect(Object.keys(dependencies('proxy'))).toEqual(expect.arrayContaining(APPS));
  });
});

describe('deploy/nginx.conf', () => {
  const conf = read('deploy/nginx.conf').replace(/#[^\n]*/g, '');
  const upstreams = [...conf.matchAll(/upstream\s+(\S+)\s*\{([^}]*)\}/g)].map(([, name, body]) => ({
    name,
    body,
  }));
  const locations = new Map(
    [...conf.matchAll(/location\s+(\S+)\s*\{([^}]*)\}/g)].map(([, path, body]) => [path, body]),
  );
  const servers = (body: string): string[] =>
    [...body.matchAll(/^\s*server\s+([^\s;]+)/gm)].map(([, s]) => s);
  const upstreamOf = (hosts: string[]) =>
    upstreams.find((upstream) => {
      const names = servers(upstream.body).map((server) => server.split(':')[0]);
      return hosts.every((host) => names.includes(host));
    });
  const proxyPass = (path: string): string | undefined =>
    /proxy_pass\s+http:\/\/([^\s;/]+)/.exec(locations.get(path) ?? '')?.[1];

  it('follows re-created replicas to their new addresses (resolver, zone, resolve)', () => {
    expect(conf).toMatch(/\bresolver\s+127\.0\.0\.11\b/);
    for (const upstream of upstreams) {
      expect(upstream.body).toMatch(/\bzone\s+\S+\s+\d+k;/);
      for (const line of upstream.body.split('\n').filter((l) => /^\s*server\s/.test(l))) {
        expect(line).toMatch(/\sresolve;/);
      }
    }
  });

  it('balances the API replicas round robin', () => {
    const api = upstreamOf(API);
    expect(api).toBeDefined();
    expect(servers(api?.body ?? '')).toEqual(['api-1:3000', 'api-2:3000']);
    expect(api?.body).not.toMatch(/^\s*(ip_hash|hash|least_conn|random)\b/m);
  });

  it('keeps each socket.io client on one realtime replica', () => {
    const realtime = upstreamOf(REALTIME);
    expect(realtime).toBeDefined();
    expect(servers(realtime?.body ?? '')).toEqual(['realtime-1:3001', 'realtime-2:3001']);
    expect(realtime?.body).toMatch(/^\s*(ip_hash\s*;|hash\s+\S+)/m);
  });

  it('routes /socket.io/ to the realtime upstream with WebSocket upgrades', () => {
    expect(proxyPass('/socket.io/')).toBe(upstreamOf(REALTIME)?.name);
    const socketIo = locations.get('/socket.io/') ?? '';
    expect(socketIo).toMatch(/proxy_http_version\s+1\.1\s*;/);
    expect(socketIo).toMatch(/proxy_set_header\s+Upgrade\s+\$http_upgrade\s*;/);
    expect(socketIo).toMatch(/proxy_set_header\s+Connection\s+(\$connection_upgrade|"?upgrade"?)\s*;/i);
    expect(socketIo).toMatch(/proxy_read_timeout\s+\d+[smhd]?\s*;/);
    if (/\$connection_upgrade/.test(socketIo)) {
      expect(conf).toMatch(/map\s+\$http_upgrade\s+\$connection_upgrade\s*\{[^}]*default\s+upgrade\s*;/);
    }
  });

  it('routes /graphql, /health and everything else to the API upstream', () => {
    const api = upstreamOf(API)?.name;
    expect(api).toBeDefined();
    expect(proxyPass('/graphql')).toBe(api);
    expect(proxyPass('/')).toBe(api);
    expect(proxyPass(locations.has('/health/') ? '/health/' : '/')).toBe(api);
  });

  it('keeps /metrics off the public proxy (Prometheus scrapes each replica inside)', () => {
    expect(conf).toMatch(/location\s+~\*\s+\^\/metrics\(\/\|\$\)\s*\{\s*return\s+404\s*;\s*\}/);
  });

  it('listens on the port the proxy service publishes', () => {
    expect(conf).toMatch(/^\s*listen\s+8080\s*;/m);
  });
});

/** Whether package.json's `engines.node` (clauses like `^20.19.0`, `>=24.11.0`, `>=22 <23`) accepts a Node major. */
function enginesAccept(major: number): boolean {
  const range = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
  return range.split('||').some((clause) => {
    const caret = /^\^(\d+)\.\d+\.\d+$/.exec(clause.trim());
    if (caret) return major === Number(caret[1]);
    const between = /^>=(\d+)(?:\.\d+){0,2}(?:\s+<(\d+)(?:\.\d+){0,2})?$/.exec(clause.trim());
    if (between)
      return major >= Number(between[1]) && (between[2] === undefined || major < Number(between[2]));
    throw new Error(`engines.node clause "${clause}" is not one this test reads`);
  });
}

describe('Dockerfile', () => {
  it('exists, on a maintained Node LTS line, with a build stage before the image', () => {
    expect(dockerfileExists).toBe(true);
    expect(buildStages).toMatch(/^FROM\s+node:24-bookworm-slim\b/m);
    expect(runtimeStage).toMatch(/^FROM\s/);
  });

  it("runs a Node major that package.json's engines accept, as they accept the Node 20 of development machines", () => {
    const majors = [...dockerfile.matchAll(/^FROM\s+node:(\d+)/gm)].map((match) => Number(match[1]));
    expect(majors.length).toBeGreaterThan(0);
    for (const major of majors)
      expect({ major, accepted: enginesAccept(major) }).toEqual({ major, accepted: true });
    // Node 20 reached end of life in April 2026: the image is never built on it again.
    for (const major of majors) expect(major).toBeGreaterThanOrEqual(22);
    expect(enginesAccept(20)).toBe(true);
    expect(enginesAccept(21)).toBe(false);
    expect(enginesAccept(23)).toBe(false);
  });

  it('builds with npm ci, and installs production dependencies only in the image', () => {
    expect(buildStages).toMatch(/^RUN\s+npm ci(?![^\n]*--omit)/m);
    expect(buildStages).toMatch(/^RUN\s+npm run build\b/m);
    expect(runtimeStage).toMatch(/COPY\s+--from=\S+\s+\S*dist\/?\s+\S*dist\/?\s*$/m);
    expect(runtimeStage).toMatch(/^RUN\s+npm ci\s+--omit=dev\b/m);
    expect(runtimeStage).toMatch(/^ENV\s+NODE_ENV=production\b/m);
  });

  it('does not run as root', () => {
    const users = [...runtimeStage.matchAll(/^USER\s+(\S+)/gm)].map(([, user]) => user);
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)(:.*)?$/);
  });

  it('ships the data files read from libs/ at runtime', () => {
    expect(dockerfile).toMatch(/\*\.txt/);
    expect(dockerfile).toMatch(/\*\.txt\.gz/); // libs/identity/src/password/breached-passwords.txt.gz
    expect(runtimeStage).toMatch(/^COPY\s.*\s\.?\/?libs\/?\s*$/m);
    const ignored = read('.dockerignore')
      .split('\n')
      .map((line) => line.trim());
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', '.git']));
    expect(ignored.filter((line) => /^(libs|\*\.txt|\*\*\/\*\.txt)\/?$/.test(line))).toEqual([]);
  });

  it('runs the API by default', () => {
    expect(runtimeStage).toMatch(/^CMD\s+\["node",\s*"dist\/apps\/api\/src\/main\.js"\]/m);
  });
});
