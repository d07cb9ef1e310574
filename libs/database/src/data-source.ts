import { DataSource, type DataSourceOptions, type EntitySchema, type MixedList } from 'typeorm';
import { MIGRATIONS } from './migrations/index.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity classes
export type EntityList = MixedList<Function | string | EntitySchema>;

/** The one way Confer connects to PostgreSQL: explicit entities and migrations, never `synchronize`. */
export function dataSourceOptions(
  url: string,
  entities: EntityList,
  applicationName = 'confer',
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    applicationName,
    extra: {
      max: 20,
      connectionTimeoutMillis: 5000,
      // Typo-tolerant name search, word by word: "Pryia" finds Priya (pg_trgm's default of 0.6 misses
      // one-letter slips and swapped letters in short names).
      options: '-c pg_trgm.word_similarity_threshold=0.3',
    },
  };
}

/** Applies every migration not yet applied; returns the names of those it ran. */
export async function migrate(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url, [], 'confer-migrate'));
  await dataSource.initialize();
  try {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

/** SQL that would bring the database in line with the entities: empty when entities and migrations agree. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((query) => query.query);
}
