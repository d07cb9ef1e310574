import {
  Inject,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { finalize, type Observable } from 'rxjs';
import { LATENCY_BUCKETS, MetricsRegistry, type Histogram } from '#libs/metrics';
import type { ClientToServer } from '#libs/realtime-contract';
import { ConnectionGateway } from './connection.gateway.js';

/** The contract's client events: the only values the event label takes (the compiler keeps it whole). */
const CLIENT_EVENTS: Record<keyof ClientToServer, true> = {
  'thread:join': true,
  'thread:leave': true,
  'message:send': true,
  'message:edit': true,
  'message:delete': true,
  'reaction:toggle': true,
  'thread:read': true,
  typing: true,
};

/**
 * Times each client event's handling, to its acknowledgement, labelled by event name; an interceptor on every
 * gateway handler (APP_INTERCEPTOR), so the gateways stay as they are. HTTP routes pass through untimed here (the
 * HTTP histogram has them).
 */
@Injectable()
export class SocketEventMetrics implements NestInterceptor {
  private readonly duration: Histogram<'event'>;

  constructor(@Inject(MetricsRegistry) metrics: MetricsRegistry) {
    this.duration = metrics.histogram({
      name: 'confer_realtime_event_duration_seconds',
      help: 'Socket events from clients, from arrival at the handler to its acknowledgement, by event.',
      labelNames: ['event'] as const,
      buckets: LATENCY_BUCKETS,
    });
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'ws') return next.handle();
    const pattern = context.switchToWs().getPattern();
    const stop = this.duration.startTimer({ event: pattern in CLIENT_EVENTS ? pattern : 'other' });
    return next.handle().pipe(finalize(() => stop()));
  }
}

/** Sockets connected to this replica (authenticated ones: a refused handshake never connects), read on scrape. */
@Injectable()
export class SocketsConnected {
  constructor(
    @Inject(MetricsRegistry) metrics: MetricsRegistry,
    @Inject(ConnectionGateway) gateway: ConnectionGateway,
  ) {
    metrics.gauge({
      name: 'confer_realtime_sockets_connected',
      help: 'Sockets connected to this realtime process.',
      collect() {
        // Before the server starts, the gateway has none.
        this.set(gateway.server?.sockets.sockets.size ?? 0);
      },
    });
  }
}
