import { Module, type DynamicModule, type OnModuleInit, Inject } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { registerDatabaseMetrics } from './database-metrics.js';
import { MessagesStored } from './messages-stored.js';
import { MetricsRegistry, type MetricsSettings } from './metrics-registry.js';

/** Declares the gauges read from the database pool and the job queue, once the app's providers exist. */
class DatabaseMetrics implements OnModuleInit {
  constructor(
    @Inject(MetricsRegistry) private readonly metrics: MetricsRegistry,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    registerDatabaseMetrics(this.metrics, this.dataSource);
  }
}

/**
 * Prometheus metrics for every module of a process (global): the app's registry (`MetricsRegistry`, which each app
 * serves at `GET /metrics`), the database pool and job queue gauges, and `MessagesStored`. Needs the DataSource.
 */
@Module({})
export class MetricsModule {
  static forRoot(settings: MetricsSettings = {}): DynamicModule {
    return {
      module: MetricsModule,
      global: true,
      providers: [
        { provide: MetricsRegistry, useFactory: () => new MetricsRegistry(settings) },
        {
          provide: MessagesStored,
          useFactory: (metrics: MetricsRegistry) => new MessagesStored(metrics),
          inject: [MetricsRegistry],
        },
        DatabaseMetrics,
      ],
      exports: [MetricsRegistry, MessagesStored],
    };
  }
}
