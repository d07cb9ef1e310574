export { ENTITIES } from './entities.js';
export { runProcess, type Closeable, type ProcessOptions } from './run-process.js';
export { coreModules } from './core-modules.js';
export { seedMembers, SEEDED_MEMBER_PASSWORD, type SeedOptions } from './seed/seed-members.js';
