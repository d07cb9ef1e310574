import { Inject, Module, type DynamicModule, type OnApplicationBootstrap } from '@nestjs/common';
import { DomainEvents } from './domain-events.js';
import { NotificationSubjects } from './notification-subjects.js';

class DomainEventsStart implements OnApplicationBootstrap {
  constructor(@Inject(DomainEvents) private readonly events: DomainEvents) {}

  /** After every module subscribed (onModuleInit): refuses to start with an event nobody handles. */
  onApplicationBootstrap(): void {
    this.events.start();
  }
}

/** The domain events (and who may see a notification's subject) for every module of a process (global). Needs JobsModule. */
@Module({})
export class DomainEventsModule {
  static forRoot(): DynamicModule {
    return {
      module: DomainEventsModule,
      global: true,
      providers: [DomainEvents, DomainEventsStart, NotificationSubjects],
      exports: [DomainEvents, NotificationSubjects],
    };
  }
}
