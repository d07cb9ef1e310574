import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JobQueue } from '#libs/jobs';
import { DOMAIN_EVENT_NAMES, type DomainEventMap, type DomainEventName } from './domain-event-map.js';

/** A reaction that runs as a durable job: retried on failure, so it must be idempotent. */
export type JobReaction<E extends DomainEventName> = (payload: DomainEventMap[E]) => Promise<void>;

/** A reaction that runs inside the causing transaction, with its manager: it commits or rolls back with the cause. */
export type TransactionReaction<E extends DomainEventName> = (
  manager: EntityManager,
  payload: DomainEventMap[E],
) => Promise<void>;

/** A reaction that runs at once in this process after the cause committed: only for what cannot wait (sockets). */
export type AtOnceReaction<E extends DomainEventName> = (payload: DomainEventMap[E]) => Promise<void>;

interface Named<R> {
  name: string;
  run: R;
}

/**
 * The one way domains react to each other. A domain publishes an event of the `DomainEventMap` with the manager of
 * the transaction that causes it; other domains subscribe when their modules start:
 *
 * - `onJob`: the event's job (one per event, in the `pgboss` queue named as the event) is enqueued in the causing
 *   transaction, so it exists exactly when the change committed, and a worker in any process runs the event's job
 *   reactions one after another, retrying the job on failure. A process that dies right after the commit loses
 *   nothing. Job reactions must be idempotent: a job may run again after a crash or a sibling's failure.
 * - `inTransaction`: what must never disagree with the cause (a member's profile) runs inside the transaction.
 * - `atOnce`: what must happen at once and cannot be stored (sockets leaving rooms) is run by `committed()`, which
 *   the publisher calls after the commit, beside the durable reactions, never instead of them.
 *
 * At start every event must have a job or transaction reaction: a process in which one has none does not start.
 */
@Injectable()
export class DomainEvents {
  private readonly jobReactions = new Map<DomainEventName, Array<Named<JobReaction<never>>>>();
  private readonly transactionReactions = new Map<
    DomainEventName,
    Array<Named<TransactionReaction<never>>>
  >();
  private readonly atOnceReactions = new Map<DomainEventName, Array<Named<AtOnceReaction<never>>>>();
  /** Resolved once every module has subscribed: a job taken before then waits for all its reactions. */
  private subscribed!: () => void;
  private readonly allSubscribed = new Promise<void>((resolve) => (this.subscribed = resolve));

  constructor(@Inject(JobQueue) private readonly jobs: JobQueue) {}

  /** Runs `reaction` as a durable job for each `event` published. */
  async onJob<E extends DomainEventName>(event: E, name: string, reaction: JobReaction<E>): Promise<void> {
    const reactions = this.jobReactions.get(event);
    if (reactions) {
      reactions.push({ name, run: reaction });
      return;
    }
    this.jobReactions.set(event, [{ name, run: reaction }]);
    await this.jobs.define<DomainEventMap[E]>(event, async (job) => {
      await this.allSubscribed;
      for (const { run } of this.jobReactions.get(event)!) await run(job.data as never);
    });
  }

  /** Runs `reaction` inside the transaction that publishes `event`. */
  inTransaction<E extends DomainEventName>(event: E, name: string, reaction: TransactionReaction<E>): void {
    this.add(this.transactionReactions, event, { name, run: reaction });
  }

  /** Runs `reaction` in this process when the publisher says the cause committed (`committed`). */
  atOnce<E extends DomainEventName>(event: E, name: string, reaction: AtOnceReaction<E>): void {
    this.add(this.atOnceReactions, event, { name, run: reaction });
  }

  /** Publishes `event` inside the transaction of `manager`: its transaction reactions run, its job is enqueued. */
  async publish<E extends DomainEventName>(
    manager: EntityManager,
    event: E,
    payload: DomainEventMap[E],
  ): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive)
      throw new Error(`The domain event ${event} is published inside the transaction of its cause.`);
    for (const { run } of this.transactionReactions.get(event) ?? []) await run(manager, payload as never);
    if (this.jobReactions.has(event)) await this.jobs.enqueue(event, payload, { manager });
  }

  /** After the transaction that published `event` committed: its at-once reactions of this process. */
  async committed<E extends DomainEventName>(event: E, payload: DomainEventMap[E]): Promise<void> {
    for (const { run } of this.atOnceReactions.get(event) ?? []) await run(payload as never);
  }

  /** The events nobody reacts to durably (by a job or in the transaction) in this process. */
  unhandled(): DomainEventName[] {
    return DOMAIN_EVENT_NAMES.filter(
      (event) => !this.jobReactions.has(event) && !this.transactionReactions.has(event),
    );
  }

  /** Every event's reactions, by name: what each event causes, for the logs and the tests. */
  reactions(): Record<DomainEventName, { job: string[]; inTransaction: string[]; atOnce: string[] }> {
    const names = <R>(map: Map<DomainEventName, Array<Named<R>>>, event: DomainEventName) =>
      (map.get(event) ?? []).map((reaction) => reaction.name);
    return Object.fromEntries(
      DOMAIN_EVENT_NAMES.map((event) => [
        event,
        {
          job: names(this.jobReactions, event),
          inTransaction: names(this.transactionReactions, event),
          atOnce: names(this.atOnceReactions, event),
        },
      ]),
    ) as ReturnType<DomainEvents['reactions']>;
  }

  /** Called once every module has subscribed (application bootstrap): refuses events without a handler. */
  start(): void {
    const unhandled = this.unhandled();
    if (unhandled.length)
      throw new Error(
        `Domain events without a handler: ${unhandled.join(', ')}. Subscribe one, or remove the event.`,
      );
    this.subscribed();
  }

  private add<R>(
    map: Map<DomainEventName, Array<Named<R>>>,
    event: DomainEventName,
    reaction: Named<R>,
  ): void {
    const reactions = map.get(event) ?? [];
    reactions.push(reaction);
    map.set(event, reactions);
  }
}
