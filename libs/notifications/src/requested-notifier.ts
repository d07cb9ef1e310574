import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { JobQueue, type JobRun } from '#libs/jobs';
import { NOTIFY_JOB, type NotifyRequest } from '#libs/notification-requests';
import { NotificationDelivery } from './notification-delivery.js';

/** Runs what other domains ask for (`requestNotification`): group, pairing and event notifications. */
@Injectable()
export class RequestedNotifier implements OnModuleInit {
  constructor(
    @Inject(JobQueue) private readonly jobs: JobQueue,
    @Inject(NotificationDelivery) private readonly delivery: NotificationDelivery,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.define<NotifyRequest>(NOTIFY_JOB, (job) => this.run(job));
  }

  async run(job: JobRun<NotifyRequest>): Promise<void> {
    const { recipientIds, ...request } = job.data;
    await this.delivery.deliver(
      [...new Set(recipientIds)].map((recipientId) => ({
        recipientId,
        kind: request.kind,
        actorId: request.actorId,
        sourceId: request.sourceId,
        groupKey: request.groupKey ?? null,
        threadId: request.threadId ?? null,
        groupId: request.groupId ?? null,
        eventId: request.eventId ?? null,
        pairingId: request.pairingId ?? null,
        detail: request.detail ?? null,
      })),
    );
  }
}
