import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import type { Config } from '#libs/config';
import { coreModules } from '#libs/platform';
import { AuthGuard } from './graphql/auth.guard.js';
import { ExceptionsFilter } from './graphql/exceptions.filter.js';
import { graphqlModule } from './graphql/graphql.module.js';
import { UnsubscribeController } from './notifications/unsubscribe.controller.js';
import { CalendarController } from './events/calendar.controller.js';
import { HealthController } from './health/health.controller.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { OperationMetricsPlugin } from './metrics/operation-metrics.plugin.js';
import { RESOLVERS } from './resolvers.js';
import { AppConfigController } from './web/app-config.controller.js';

@Module({})
export class ApiModule {
  /** `databaseUrl` is the resolved server: DATABASE_URL, or the embedded one the launcher started. */
  static forRoot(config: Config, databaseUrl: string): DynamicModule {
    return {
      module: ApiModule,
      imports: [...coreModules('api', config, databaseUrl), graphqlModule(config)],
      controllers: [
        HealthController,
        MetricsController,
        UnsubscribeController,
        CalendarController,
        AppConfigController,
      ],
      providers: [
        ...RESOLVERS,
        OperationMetricsPlugin,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ExceptionsFilter },
      ],
    };
  }
}
