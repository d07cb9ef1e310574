export { ENTITIES } from './entities.js';
export { runProcess, type Closeable, type ProcessOptions } from './run-process.js';
