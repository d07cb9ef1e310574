import { Inject, Injectable, Logger, Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { JobQueue } from '#libs/jobs';
import { Throttle } from './throttle.js';
import { WriteLimits } from './write-limits.js';

export const THROTTLE_SWEEP_JOB = 'rate-limits.sweep';

/** Deletes the counters whose window has ended, every ten minutes, wherever the job workers run. */
@Injectable()
class ThrottleSweep implements OnModuleInit {
  private readonly logger = new Logger('Throttle');

  constructor(
    @Inject(JobQueue) private readonly jobs: JobQueue,
    @Inject(Throttle) private readonly throttle: Throttle,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.define(THROTTLE_SWEEP_JOB, async () => {
      const deleted = await this.throttle.sweep();
      if (deleted > 0) this.logger.debug(`Swept ${deleted} expired throttle counters`);
    });
    await this.jobs.schedule(THROTTLE_SWEEP_JOB, '*/10 * * * *');
  }
}

/** The shared fixed-window throttle and the per-member write limits (global). Needs the database and the job queue. */
@Module({})
export class RateLimitsModule {
  static forRoot(): DynamicModule {
    return {
      module: RateLimitsModule,
      global: true,
      providers: [Throttle, ThrottleSweep, WriteLimits],
      exports: [Throttle, WriteLimits],
    };
  }
}
