export { ENTITIES } from './entities.js';
