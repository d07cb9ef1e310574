// Starts one PostgreSQL for the whole run (DATABASE_URL when given, else embedded) and migrates a
// template database that each test file clones, so files are isolated and run in parallel.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrate, startEmbeddedPostgres, type RunningPostgres } from '#libs/database';

declare global {
  var conferTestPostgres: RunningPostgres | undefined;
}

export default async function globalSetup(): Promise<void> {
  const server = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, owned: false, stop: () => Promise.resolve() }
    : await startEmbeddedPostgres(mkdtempSync(join(tmpdir(), 'confer-test-pg-')));
  globalThis.conferTestPostgres = server;

  const template = `confer_template_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  const templateUrl = new URL(server.url);
  templateUrl.pathname = `/${template}`;
  await migrate(templateUrl.toString());

  process.env.CONFER_TEST_SERVER_URL = server.url;
  process.env.CONFER_TEST_TEMPLATE = template;
}
