import { Inject, Module, type DynamicModule, type OnApplicationBootstrap } from '@nestjs/common';
import { DomainEvents } from './domain-events.js';

class DomainEventsStart implements OnApplicationBootstrap {
  constructor(@Inject(DomainEvents) private readonly events: DomainEvents) {}

  /** After every module subscribed (onModuleInit): refuses to start with an event nobody handles. */
  onApplicationBootstrap(): void {
    this.events.start();
  }
}

/** The domain events for every module of a process (global). Needs JobsModule (global). */
@Module({})
export class DomainEventsModule {
  static forRoot(): DynamicModule {
    return {
      module: DomainEventsModule,
      global: true,
      providers: [DomainEvents, DomainEventsStart],
      exports: [DomainEvents],
    };
  }
}
