import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Config } from '#libs/config';
import { PinoLogger } from '#libs/logging';
import { PostgresIoAdapter } from './postgres-io.adapter.js';
import { RealtimeModule } from './realtime.module.js';

/** Builds the realtime application (socket.io at /socket.io), not yet listening. */
export async function createRealtimeApp(config: Config, databaseUrl: string): Promise<INestApplication> {
  const app = await NestFactory.create(RealtimeModule.forRoot(config, databaseUrl), { bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  app.useWebSocketAdapter(new PostgresIoAdapter(app, databaseUrl));
  return app;
}
