import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainEvents, type NotifyRequest } from '#libs/domain-events';
import { NotificationDelivery } from './notification-delivery.js';

/**
 * Tells members what other domains ask (`notifications.requested`): the messages that concern them (discussions),
 * group, pairing and event notifications. Each domain chose the recipients by its own policy.
 */
@Injectable()
export class RequestedNotifier implements OnModuleInit {
  constructor(
    @Inject(DomainEvents) private readonly events: DomainEvents,
    @Inject(NotificationDelivery) private readonly delivery: NotificationDelivery,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.events.onJob('notifications.requested', 'notifications.tell', (request) => this.run(request));
  }

  async run({ recipientIds, ...request }: NotifyRequest): Promise<void> {
    await this.delivery.deliver(
      [...new Set(recipientIds)].map((recipientId) => ({
        recipientId,
        kind: request.kind,
        actorId: request.actorId,
        sourceId: request.sourceId,
        groupKey: request.groupKey ?? null,
        threadId: request.threadId ?? null,
        messageId: request.messageId ?? null,
        groupId: request.groupId ?? null,
        eventId: request.eventId ?? null,
        pairingId: request.pairingId ?? null,
        detail: request.detail ?? null,
      })),
    );
  }
}
