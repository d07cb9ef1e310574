export { ATTACHMENTS_TABLE, fanOutKey, type FanOutSettings, type RoomEmitter } from './fan-out.js';
export { RealtimePublisher, RealtimePublisherModule } from './realtime-publisher.js';
export { memberRoom, sessionRoom, threadRoom } from './rooms.js';
