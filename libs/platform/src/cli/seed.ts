// `npm run seed -- --members N [--seed S]`: fills the directory with realistic, made-up members (default 1,000
// members of seed 1) in DATABASE_URL or the embedded server under .data/. Running it again adds only the
// members that are missing, so it is safe to repeat.
import { loadConfig } from '#libs/config';
import { migrate, startEmbeddedPostgres } from '#libs/database';
import { SEEDED_MEMBER_PASSWORD, seedMembers } from '../seed/seed-members.js';

const USAGE = 'Usage: npm run seed -- [--members N] [--seed S]';

function parseArgs(argv: string[]): { members: number; seed: number } {
  const values: Record<string, string> = { members: '1000', seed: '1' };
  for (let i = 0; i < argv.length; i++) {
    const match = /^--(members|seed)(?:=(.*))?$/.exec(argv[i]);
    if (!match) throw new Error(`Unknown argument "${argv[i]}".`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new Error(`--${match[1]} needs a value.`);
    values[match[1]] = value;
  }
  const members = Number(values.members);
  const seed = Number(values.seed);
  if (!/^\d+$/.test(values.members) || !Number.isSafeInteger(members)) {
    throw new Error(`--members must be a whole number (got "${values.members}").`);
  }
  if (!/^\d+$/.test(values.seed) || seed > 0xffffffff) {
    throw new Error(`--seed must be a whole number from 0 to 4294967295 (got "${values.seed}").`);
  }
  return { members, seed };
}

let args: { members: number; seed: number };
try {
  args = parseArgs(process.argv.slice(2));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(64);
}

const config = loadConfig();
const postgres = config.databaseUrl
  ? { url: config.databaseUrl, stop: () => Promise.resolve() }
  : await startEmbeddedPostgres(`${config.dataDir}/postgres`);
try {
  const ran = await migrate(postgres.url);
  if (ran.length) console.log(`Applied ${ran.length} migration(s): ${ran.join(', ')}`);
  const { created, ms } = await seedMembers(postgres.url, {
    members: args.members,
    seed: args.seed,
    log: (line) => console.log(line),
  });
  console.log(
    `Created ${created.toLocaleString('en-GB')} member(s) in ${(ms / 1000).toFixed(1)} s ` +
      `(seed ${args.seed}: seed${args.seed}-1@example.org to seed${args.seed}-${args.members}@example.org).`,
  );
  console.log(`Seeded members sign in with the password "${SEEDED_MEMBER_PASSWORD}".`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await postgres.stop();
}
