import {
  Inject,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { JobQueue } from './job-queue.js';

export interface JobsSettings {
  databaseUrl: string;
  /** Whether this process runs the handlers (workers); every process may enqueue. */
  work: boolean;
  pollingIntervalSeconds?: number;
}

class JobQueueLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@Inject(JobQueue) private readonly queue: JobQueue) {}

  /** After every module has defined its jobs (onModuleInit): pg-boss started, queues created. */
  async onApplicationBootstrap(): Promise<void> {
    await this.queue.ready();
  }

  /** Running jobs finish (up to 10 s) before the process goes. */
  async onApplicationShutdown(): Promise<void> {
    await this.queue.stop();
  }
}

/**
 * The job queue for every module of a process (global). Domains define their jobs when their modules start
 * (handlers run only where `work` is true); pg-boss is started and every queue created at application bootstrap.
 */
@Module({})
export class JobsModule {
  static forRoot(settings: JobsSettings): DynamicModule {
    return {
      module: JobsModule,
      global: true,
      providers: [
        {
          provide: JobQueue,
          useFactory: () =>
            new JobQueue(settings.databaseUrl, {
              work: settings.work,
              pollingIntervalSeconds: settings.pollingIntervalSeconds,
            }),
        },
        JobQueueLifecycle,
      ],
      exports: [JobQueue],
    };
  }
}
