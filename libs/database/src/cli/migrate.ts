// `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded server under .data/).
import { loadConfig } from '#libs/config';
import { startEmbeddedPostgres } from '../embedded-postgres.js';
import { migrate } from '../data-source.js';

const config = loadConfig();
const postgres = config.databaseUrl
  ? { url: config.databaseUrl, stop: () => Promise.resolve() }
  : await startEmbeddedPostgres(`${config.dataDir}/postgres`);
try {
  const ran = await migrate(postgres.url);
  console.log(
    ran.length ? `Applied ${ran.length} migration(s): ${ran.join(', ')}` : 'The database is up to date.',
  );
} finally {
  await postgres.stop();
}
