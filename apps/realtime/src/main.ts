// `npm run start:realtime`: one realtime process, against a database that is already migrated.
import { loadConfig } from '#libs/config';
import { runProcess } from '#libs/platform';
import { createRealtimeApp } from './bootstrap.js';

await runProcess(
  'realtime',
  () => loadConfig(),
  async (config, databaseUrl) => {
    const app = await createRealtimeApp(config, databaseUrl);
    await app.listen(config.realtimePort);
    process.send?.('ready');
    return [app];
  },
);
