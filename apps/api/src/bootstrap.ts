import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import type { Config } from '#libs/config';
import { AdminBootstrapService } from '#libs/identity';
import { PinoLogger } from '#libs/logging';
import { ApiModule } from './api.module.js';

/** Builds the API application (not yet listening); ensures the ADMIN_EMAIL account when configured. */
export async function createApiApp(config: Config, databaseUrl: string): Promise<INestApplication> {
  const app = await NestFactory.create(ApiModule.forRoot(config, databaseUrl), { bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  app.enableCors({ origin: true, credentials: false });
  if (config.admin)
    await app.get(AdminBootstrapService).ensureAdmin(config.admin.email, config.admin.password);
  return app;
}
