import { Logger } from '@nestjs/common';
import { BroadcastOperator } from '@socket.io/postgres-emitter';

// Compatibility: @socket.io/postgres-emitter 0.1.1 (the latest published) leaves `nsp` out of its messages, and
// the cluster adapter of socket.io-adapter 2.5 (under @socket.io/postgres-adapter 0.5) ignores a message whose
// `nsp` is not its namespace. Add it, once, before every publish. The realtime tests prove the path end to end.
type Publishing = {
  emitter: { nsp: string };
  publish: (this: Publishing, document: { nsp?: string }) => Promise<void>;
};
const operator = BroadcastOperator.prototype as unknown as Publishing;
const publish = operator.publish;
operator.publish = function (this: Publishing, document: { nsp?: string }) {
  document.nsp ??= this.emitter.nsp;
  return publish.call(this, document);
};

// Fault: when a publish fails (the database restarting), the emitter emits its error as an event named 'error' to
// the same rooms, which is itself a publish: while the database is down that loops as fast as connections are
// refused, and once it is back the rooms' sockets receive the database's error (its address and internals). An
// event lost to an outage is caught up by clients from the last seq they hold; log it once instead.
const logger = new Logger('RealtimePublisher');
type Emitting = { emit: (this: unknown, event: string, ...args: unknown[]) => boolean };
const emitting = BroadcastOperator.prototype as unknown as Emitting;
const emit = emitting.emit;
emitting.emit = function (this: unknown, event: string, ...args: unknown[]) {
  if (event !== 'error') return emit.call(this, event, ...args);
  logger.warn(`A realtime event was not published: ${String((args[0] as Error | undefined)?.message)}`);
  return true;
};
