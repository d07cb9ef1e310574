import type { Counter } from 'prom-client';
import type { MetricsRegistry } from './metrics-registry.js';

/**
 * Messages stored, whichever transport wrote them (`rate(confer_messages_stored_total[1m])` is messages per
 * second). The discussions domain tells it after a message is committed, so the domain needs no metrics library.
 */
export class MessagesStored {
  private readonly counter: Counter;

  constructor(metrics: MetricsRegistry) {
    this.counter = metrics.counter({
      name: 'confer_messages_stored_total',
      help: 'Messages stored (posted through GraphQL or sent on a socket, first messages of threads included).',
    });
  }

  add(count = 1): void {
    if (count > 0) this.counter.inc(count);
  }
}
