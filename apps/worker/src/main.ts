// `npm run start:worker`: one process that runs the job queue's workers (e-mail, notifications, digests), against
// a database that is already migrated. API processes run workers too unless WORKERS_IN_API=false.
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '#libs/config';
import { PinoLogger } from '#libs/logging';
import { runProcess } from '#libs/platform';
import { WorkerModule } from './worker.module.js';

await runProcess(
  'worker',
  () => loadConfig(),
  async (config, databaseUrl) => {
    const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, databaseUrl), {
      bufferLogs: true,
    });
    app.useLogger(app.get(PinoLogger));
    await app.init();
    new Logger('Worker').log('Running jobs.');
    process.send?.('ready');
    return [app];
  },
);
