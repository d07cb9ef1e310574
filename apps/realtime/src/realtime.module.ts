import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, type Config } from '#libs/config';
import { DatabaseModule } from '#libs/database';
import { IdentityModule } from '#libs/identity';
import { loggingModule } from '#libs/logging';
import { MailModule } from '#libs/mail';
import { ENTITIES } from '#libs/platform';
import { ConnectionGateway } from './connection.gateway.js';
import { RealtimeHealthController } from './health.controller.js';

@Module({})
export class RealtimeModule {
  static forRoot(config: Config, databaseUrl: string): DynamicModule {
    return {
      module: RealtimeModule,
      imports: [
        ConfigModule.forRoot(config),
        loggingModule('realtime', config.logLevel),
        DatabaseModule.forRoot(databaseUrl, ENTITIES, 'confer-realtime'),
        MailModule.forRoot({ smtpUrl: config.smtpUrl, from: config.mailFrom }),
        IdentityModule.forRoot({ jwtSecret: config.jwtSecret }),
      ],
      controllers: [RealtimeHealthController],
      providers: [ConnectionGateway],
    };
  }
}
