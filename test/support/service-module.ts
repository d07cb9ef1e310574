import type { Type } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { loadConfig } from '#libs/config';
import { dataSourceOptions } from '#libs/database';
import type { GroupPeers } from '#libs/members';
import { coreModules, ENTITIES } from '#libs/platform';
import { tracked } from './started.js';
import type { TestDatabase } from './test-database.js';

/** The domain services as the apps wire them (mail kept in the outbox), over a test database: for service-level tests. */
export async function serviceModule(
  db: TestDatabase,
  members: { groupPeers?: Type<GroupPeers> } = {},
): Promise<TestingModule> {
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: 'service-test-secret-service-test-secret',
    JOBS_POLL_SECONDS: '0.5',
  });
  const module = await Test.createTestingModule({
    imports: coreModules('api', config, db.url, members),
  }).compile();
  // Started as an app starts: jobs defined, the queue ready and working (mail goes through it).
  return tracked(
    module.init().catch(async (error: unknown) => {
      await module.close();
      throw error;
    }),
  );
}

/** A plain TypeORM data source over a test database, with every entity. */
export function openDataSource(db: TestDatabase): Promise<DataSource> {
  return new DataSource(dataSourceOptions(db.url, ENTITIES)).initialize();
}
