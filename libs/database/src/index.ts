export { startEmbeddedPostgres, freePort, type RunningPostgres } from './embedded-postgres.js';
export { dataSourceOptions, migrate, pendingSchemaChanges, type EntityList } from './data-source.js';
export { DatabaseModule } from './database.module.js';
export { MIGRATIONS } from './migrations/index.js';
export { isUniqueViolation } from './unique-violation.js';
export { queryPrepared } from './prepared.js';
