// `npm run migration:generate -- <Name>`: writes the migration that brings the committed migrations
// in line with the entities, and adds it to libs/database/src/migrations/index.ts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, migrate, startEmbeddedPostgres } from '#libs/database';
import { ENTITIES } from '../entities.js';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: npm run migration:generate -- <PascalCaseName>');
  process.exit(1);
}

const scratchDir = mkdtempSync(join(tmpdir(), 'confer-migration-'));
const server = process.env.DATABASE_URL
  ? { url: process.env.DATABASE_URL, stop: () => Promise.resolve() }
  : await startEmbeddedPostgres(scratchDir);
const scratchDb = `confer_migration_${Date.now()}`;
const admin = new pg.Client({ connectionString: server.url });
await admin.connect();
await admin.query(`CREATE DATABASE ${scratchDb}`);
const url = new URL(server.url);
url.pathname = `/${scratchDb}`;

try {
  await migrate(url.toString());
  const dataSource = new DataSource(dataSourceOptions(url.toString(), ENTITIES, 'confer-migration-generate'));
  await dataSource.initialize();
  const log = await dataSource.driver.createSchemaBuilder().log();
  await dataSource.destroy();
  if (log.upQueries.length === 0) {
    console.log('The entities and the migrations agree: nothing to generate.');
  } else {
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const sql = (queries: typeof log.upQueries) =>
      queries.map((q) => `    await queryRunner.query(${JSON.stringify(q.query)});`).join('\n');
    const file = `${timestamp}-${name}`;
    writeFileSync(
      join('libs/database/src/migrations', `${file}.ts`),
      `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql(log.upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${sql([...log.downQueries].reverse())}
  }
}
`,
    );
    const indexPath = 'libs/database/src/migrations/index.ts';
    const index = readFileSync(indexPath, 'utf8');
    const importLine = `import { ${className} } from './${file}.js';\n`;
    const list = /export const MIGRATIONS: Function\[\] = \[(.*?)\];/s;
    const current = (list.exec(index)?.[1] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    writeFileSync(
      indexPath,
      importLine +
        index.replace(list, `export const MIGRATIONS: Function[] = [${[...current, className].join(', ')}];`),
    );
    console.log(
      `Wrote libs/database/src/migrations/${file}.ts (${log.upQueries.length} statements). Run npm run format.`,
    );
  }
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${scratchDb} WITH (FORCE)`);
  await admin.end();
  await server.stop();
  rmSync(scratchDir, { recursive: true, force: true });
}
