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
