export {
  loadConfig,
  ConfigError,
  type Config,
  type Environment,
  type LogLevel,
  type TrustProxy,
} from './config.js';
export { ConfigModule, CONFIG } from './config.module.js';
