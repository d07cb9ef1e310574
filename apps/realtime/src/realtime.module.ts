import { Module, type DynamicModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import type { Config } from '#libs/config';
import { coreModules } from '#libs/platform';
import { ConnectionGateway } from './connection.gateway.js';
import { RealtimeHealthController } from './realtime-health.controller.js';
import { RealtimeMetricsController } from './realtime-metrics.controller.js';
import { SocketEventMetrics, SocketsConnected } from './socket-metrics.js';
import { ThreadGateway } from './thread.gateway.js';

@Module({})
export class RealtimeModule {
  static forRoot(config: Config, databaseUrl: string): DynamicModule {
    return {
      module: RealtimeModule,
      imports: coreModules('realtime', config, databaseUrl),
      controllers: [RealtimeHealthController, RealtimeMetricsController],
      providers: [
        ConnectionGateway,
        ThreadGateway,
        SocketsConnected,
        { provide: APP_INTERCEPTOR, useClass: SocketEventMetrics },
      ],
    };
  }
}
