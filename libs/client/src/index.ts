export { ConferClient, newClientId } from './confer-client.js';
export { ConferError, type ClientEvents, type ConferClientOptions } from './client-types.js';
export { SeenMessages } from './seen-messages.js';
export type { MessagePayload, ReactionCount } from '#libs/realtime-contract';
