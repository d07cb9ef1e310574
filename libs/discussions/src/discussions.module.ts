import { Module, type DynamicModule } from '@nestjs/common';
import { HistoryService } from './history.service.js';
import { MessageEvents } from './message-events.js';
import { MessageAudience } from './message-audience.js';
import { MessageService } from './message.service.js';
import { ReactionService } from './reaction.service.js';
import { ThreadAccess } from './thread-access.js';
import { ThreadRoomsOnAccessLoss } from './thread-rooms-on-access-loss.js';
import { ThreadService } from './thread.service.js';

const SERVICES = [
  ThreadAccess,
  MessageEvents,
  MessageService,
  ThreadService,
  HistoryService,
  ReactionService,
  ThreadRoomsOnAccessLoss,
];

/** Threads and messages. Needs IdentityModule, MembersModule and GroupsModule (all global). */
@Module({})
export class DiscussionsModule {
  static forRoot(): DynamicModule {
    return {
      module: DiscussionsModule,
      global: true,
      providers: [...SERVICES, MessageAudience],
      exports: SERVICES,
    };
  }
}
