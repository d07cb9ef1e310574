import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { Config } from '#libs/config';
import { PinoLogger } from '#libs/logging';
import { RealtimeModule } from './realtime.module.js';

/** Builds the realtime application (socket.io at /socket.io), not yet listening. */
export async function createRealtimeApp(config: Config, databaseUrl: string): Promise<INestApplication> {
  const app = await NestFactory.create(RealtimeModule.forRoot(config, databaseUrl), { bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  app.useWebSocketAdapter(new IoAdapter(app));
  return app;
}
