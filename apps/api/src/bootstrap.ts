import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Config } from '#libs/config';
import { AdminBootstrapService } from '#libs/identity';
import { PinoLogger } from '#libs/logging';
import { httpRequestMetrics, MetricsRegistry } from '#libs/metrics';
import { ApiModule } from './api.module.js';
import { protectHttp } from './http-protection.js';
import { serveWebApp } from './web/web-app.js';

/** Builds the API application (not yet listening); ensures the ADMIN_EMAIL account when configured. */
export async function createApiApp(config: Config, databaseUrl: string): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config, databaseUrl), {
    bufferLogs: true,
  });
  app.useLogger(app.get(PinoLogger));
  // First in line, so that refusals (a foreign origin, a body too large) are timed too.
  app.use(httpRequestMetrics(app.get(MetricsRegistry), { mounts: ['/graphql'] }));
  protectHttp(app, config);
  serveWebApp(app);
  if (config.admin)
    await app.get(AdminBootstrapService).ensureAdmin(config.admin.email, config.admin.password);
  return app;
}
