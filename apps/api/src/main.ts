// `npm run start:api`: one API process, against a database that is already migrated (`npm run migrate`).
import { loadConfig } from '#libs/config';
import { runProcess } from '#libs/platform';
import { createApiApp } from './bootstrap.js';

await runProcess(
  'api',
  () => loadConfig(),
  async (config, databaseUrl) => {
    const app = await createApiApp(config, databaseUrl);
    await app.listen(config.apiPort);
    process.send?.('ready');
    return [app];
  },
);
