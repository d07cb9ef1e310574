import { Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { JobQueue } from './job-queue.js';

export interface JobsSettings {
  databaseUrl: string;
  /** Whether this process runs the handlers (workers); every process may enqueue. */
  work: boolean;
  pollingIntervalSeconds?: number;
}

class JobQueueCloser implements OnApplicationShutdown {
  constructor(@Inject(JobQueue) private readonly queue: JobQueue) {}

  /** Running jobs finish (up to 10 s) before the process goes. */
  async onApplicationShutdown(): Promise<void> {
    await this.queue.stop();
  }
}

/**
 * The job queue for every module of a process (global). pg-boss starts on first use: when a domain defines its
 * jobs (handlers run only where `work` is true) or enqueues one.
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
        JobQueueCloser,
      ],
      exports: [JobQueue],
    };
  }
}
