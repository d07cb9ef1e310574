import { Module, type DynamicModule } from '@nestjs/common';
import type { Config } from '#libs/config';
import { coreModules } from '#libs/platform';

/** A process that only runs jobs: no HTTP, no sockets. */
@Module({})
export class WorkerModule {
  static forRoot(config: Config, databaseUrl: string): DynamicModule {
    return { module: WorkerModule, imports: coreModules('worker', config, databaseUrl) };
  }
}
