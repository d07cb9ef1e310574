// `npm start`: the whole platform on one machine — PostgreSQL (embedded unless DATABASE_URL), migrations,
// then the API and the realtime service as two child processes, exactly as they run when deployed —
// and prints where to go and how to sign in.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '#libs/config';
import { runProcess, seedMembers, type Closeable } from '#libs/platform';
import { developmentAdmin } from './development-admin.js';

const APPS = { api: '../../api/src/main.js', realtime: '../../realtime/src/main.js' } as const;
/** `npm start -- --demo`: a small demo network, so that a newcomer sees a directory at once. */
const DEMO_MEMBERS = process.argv.includes('--demo') ? 200 : 0;

await runProcess(
  'confer',
  () => loadConfig(),
  async (loaded, databaseUrl) => {
    const generatedAdmin = !loaded.admin && loaded.environment !== 'production';
    const config = generatedAdmin ? { ...loaded, admin: developmentAdmin(loaded.dataDir) } : loaded;
    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      ...(config.admin ? { ADMIN_EMAIL: config.admin.email, ADMIN_PASSWORD: config.admin.password } : {}),
    };
    const demo = DEMO_MEMBERS
      ? await seedMembers(databaseUrl, { members: DEMO_MEMBERS, seed: 1 })
      : undefined;
    const children = await Promise.all([startChild('api', env), startChild('realtime', env)]);

    const lines = [
      '',
      `Confer is ready (${(performance.now() / 1000).toFixed(1)} s).`,
      `  Web app   http://localhost:${config.apiPort}/`,
      `  GraphQL   http://localhost:${config.apiPort}/graphql`,
      `  Realtime  http://localhost:${config.realtimePort} (socket.io)`,
      `  Database  ${config.databaseUrl ? 'DATABASE_URL' : `embedded PostgreSQL, data in ${config.dataDir}/postgres`}`,
      `  Mail      ${config.smtpUrl ? 'SMTP_URL' : 'kept in the outbox_emails table (not sent, not logged)'}`,
    ];
    if (config.admin) {
      lines.push(
        `Sign in (in the web app, or the login mutation) as ${config.admin.email}` +
          (generatedAdmin
            ? ` with password ${config.admin.password} (kept in ${config.dataDir}/admin.json)`
            : ' (ADMIN_EMAIL)'),
      );
    }
    if (demo) {
      lines.push(
        `Demo network: ${DEMO_MEMBERS} members (${demo.created} added now); sign in as any of them, e.g.`,
        '  seed1-1@example.org with password "seeded member password"',
      );
    }
    lines.push('Press Ctrl-C to stop.', '');
    console.log(lines.join('\n'));
    return children;
  },
  { migrate: true },
);

/** Forks one app; resolves once it listens, rejects if it exits first. */
function startChild(name: keyof typeof APPS, env: NodeJS.ProcessEnv): Promise<Closeable> {
  const child: ChildProcess = fork(fileURLToPath(new URL(APPS[name], import.meta.url)), [], { env });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let closing = false;
  const closeable: Closeable = {
    close: async () => {
      closing = true;
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
  return new Promise((resolve, reject) => {
    child.once('message', (message) => {
      if (message === 'ready') resolve(closeable);
    });
    child.once('exit', (code, signal) => {
      reject(new Error(`the ${name} process exited (${signal ?? `code ${code}`}) before it was ready`));
      // One app stopping on its own takes the platform down with it, rather than half-running.
      if (!closing) {
        console.error(
          `[confer] the ${name} process stopped (${signal ?? `code ${code}`}); stopping everything`,
        );
        process.exitCode = 1;
        process.kill(process.pid, 'SIGTERM');
      }
    });
  });
}
