import { MessageEdit } from './message-edit.entity.js';
import { MessageReaction } from './message-reaction.entity.js';
import { Message } from './message.entity.js';
import { ThreadParticipant } from './thread-participant.entity.js';
import { Thread } from './thread.entity.js';

export { DiscussionsModule } from './discussions.module.js';
export { Thread, ThreadKind } from './thread.entity.js';
export { Message } from './message.entity.js';
export { ThreadParticipant } from './thread-participant.entity.js';
export { ThreadAccess, type ThreadAction } from './thread-access.js';
export { ThreadRoomsOnAccessLoss } from './thread-rooms-on-access-loss.js';
export {
  messageAsShown,
  messagePermissions,
  threadPermissions,
  type MessagePermissions,
  type ThreadPermissions,
  type ThreadStanding,
} from './discussion.policy.js';
export { MessageService, CLIENT_ID_MAX, type PostMessage } from './message.service.js';
export type { Written } from './message-appender.js';
export { ThreadService, TITLE_MAX } from './thread.service.js';
export { HistoryService, SEQ_MAX, type HistoryArgs } from './history.service.js';
export { ReactionService, ALLOWED_EMOJI, type ReactionSummary } from './reaction.service.js';
export { BODY_MAX, mentionedHandles } from './body.js';
export { MessageEvents, type MessagePayload, type MessageEvent } from './message-events.js';

export const DISCUSSIONS_ENTITIES = [Thread, ThreadParticipant, Message, MessageEdit, MessageReaction];
