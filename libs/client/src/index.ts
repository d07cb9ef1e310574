export { ConferClient, ConferError, type ClientEvents, type ConferClientOptions } from './confer-client.js';
export { SeenMessages } from './seen-messages.js';
export type { MessagePayload, ReactionCount } from '#libs/realtime-contract';
