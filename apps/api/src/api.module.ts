import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ConfigModule, type Config } from '#libs/config';
import { DatabaseModule } from '#libs/database';
import { IdentityModule } from '#libs/identity';
import { loggingModule } from '#libs/logging';
import { MailModule } from '#libs/mail';
import { ENTITIES } from '#libs/platform';
import { AuthGuard } from './graphql/auth.guard.js';
import { ExceptionsFilter } from './graphql/exceptions.filter.js';
import { graphqlModule } from './graphql/graphql.module.js';
import { HealthController } from './health/health.controller.js';
import { RESOLVERS } from './resolvers.js';

@Module({})
export class ApiModule {
  /** `databaseUrl` is the resolved server: DATABASE_URL, or the embedded one the launcher started. */
  static forRoot(config: Config, databaseUrl: string): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        loggingModule('api', config.logLevel),
        DatabaseModule.forRoot(databaseUrl, ENTITIES, 'confer-api'),
        MailModule.forRoot({ smtpUrl: config.smtpUrl, from: config.mailFrom }),
        IdentityModule.forRoot({ jwtSecret: config.jwtSecret }),
        graphqlModule(),
      ],
      controllers: [HealthController],
      providers: [
        ...RESOLVERS,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ExceptionsFilter },
      ],
    };
  }
}
