import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Config } from '#libs/config';
import { PinoLogger } from '#libs/logging';
import { httpRequestMetrics, MetricsRegistry } from '#libs/metrics';
import { FanOutIoAdapter } from './fan-out-io.adapter.js';
import { socketServerOptions } from './socket-server-options.js';
import { RealtimeModule } from './realtime.module.js';

/** Builds the realtime application (socket.io at /socket.io), not yet listening. */
export async function createRealtimeApp(config: Config, databaseUrl: string): Promise<INestApplication> {
  const app = await NestFactory.create(RealtimeModule.forRoot(config, databaseUrl), { bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  app.use(httpRequestMetrics(app.get(MetricsRegistry)));
  const adapter = new FanOutIoAdapter(
    app,
    { databaseUrl, redisUrl: config.redisUrl },
    socketServerOptions(config),
  );
  await adapter.connect();
  app.useWebSocketAdapter(adapter);
  return app;
}
