import { Inject, Injectable } from '@nestjs/common';
import { Brackets, DataSource, In } from 'typeorm';
import { isUniqueViolation } from '#libs/database';
import {
  ConflictError,
  ForbiddenError,
  InputCheck,
  NotFoundError,
  RateLimitedError,
  ValidationError,
} from '#libs/errors';
import type { Viewer } from '#libs/identity';
import { DomainEvents, NotificationKind, requestNotification } from '#libs/domain-events';
import { PAIRING_ASK_AGAIN_DAYS, WriteLimits, waitInWords } from '#libs/rate-limits';
import { BlockingService } from '../blocking/blocking.service.js';
import { ProfileReader } from '../profile/profile-reader.js';
import { PairingRequest, PairingStatus } from './pairing-request.entity.js';

export const PAIRING_MESSAGE_MAX = 500;
const OPEN = [PairingStatus.PENDING, PairingStatus.ACCEPTED];

/** Asking to pair, answering, and who is paired with whom. */
@Injectable()
export class PairingService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ProfileReader) private readonly profiles: ProfileReader,
    @Inject(BlockingService) private readonly blocking: BlockingService,
    @Inject(DomainEvents) private readonly events: DomainEvents,
    @Inject(WriteLimits) private readonly writeLimits: WriteLimits,
  ) {}

  /** Idempotent: asking again while a request is pending returns that request. */
  async requestPairing(viewer: Viewer, memberId: string, message?: string | null): Promise<PairingRequest> {
    const text = message?.trim() || null;
    new InputCheck()
      .uuid(memberId, 'memberId')
      .require(memberId !== viewer.memberId, 'memberId', 'You cannot pair with yourself.')
      .text(text, 'message', { max: PAIRING_MESSAGE_MAX })
      .throwIfInvalid();
    const [target] = await this.profiles.viewMany(viewer, [memberId]);
    if (!target) throw new NotFoundError('That member');
    if (!target.openToPairing) {
      throw new ValidationError({
        memberId: `${target.displayName} is not looking for a pair at the moment.`,
      });
    }
    const blocks = await this.blocking.between(viewer.memberId, memberId);
    if (blocks.aBlockedB) throw new ForbiddenError('You have blocked this member: unblock them to ask.');
    if (blocks.bBlockedA) throw new ForbiddenError('You cannot ask this member to pair.');
    const existing = await this.openBetween(viewer.memberId, memberId);
    if (existing) return this.existingAnswer(viewer, existing);
    await this.askAgainAfterDecline(viewer.memberId, memberId);
    await this.writeLimits.spend('pairingRequest', viewer.memberId);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const request = await manager
          .getRepository(PairingRequest)
          .save({ requesterId: viewer.memberId, recipientId: memberId, message: text });
        await requestNotification(this.events, manager, {
          kind: NotificationKind.PAIRING_REQUEST,
          actorId: viewer.memberId,
          recipientIds: [memberId],
          pairingId: request.id,
          sourceId: request.id,
          detail: text,
        });
        return request;
      });
    } catch (error) {
      const raced =
        isUniqueViolation(error, 'pairing_requests_open_pair_key') &&
        (await this.openBetween(viewer.memberId, memberId));
      if (raced) return this.existingAnswer(viewer, raced);
      throw error;
    }
  }

  /** Declined, a member may ask the same person again only after PAIRING_ASK_AGAIN_DAYS: RATE_LIMITED until then. */
  private async askAgainAfterDecline(requesterId: string, recipientId: string): Promise<void> {
    const [declined] = await this.dataSource.query<Array<{ wait: number }>>(
      `SELECT ceil(extract(epoch FROM max(responded_at) + make_interval(days => $3) - now()))::int AS wait
         FROM pairing_requests
        WHERE requester_id = $1 AND recipient_id = $2 AND status = 'DECLINED'
       HAVING max(responded_at) + make_interval(days => $3) > now()`,
      [requesterId, recipientId, PAIRING_ASK_AGAIN_DAYS],
    );
    if (declined) {
      throw new RateLimitedError(
        declined.wait,
        `This member declined your request. You can ask them again ${PAIRING_ASK_AGAIN_DAYS} days after ` +
          `they answered, in ${waitInWords(declined.wait)}.`,
      );
    }
  }

  /** The recipient accepts or declines; answering the same way twice is harmless. */
  async respondToPairing(viewer: Viewer, requestId: string, accept: boolean): Promise<PairingRequest> {
    new InputCheck().uuid(requestId, 'requestId').throwIfInvalid();
    const requests = this.dataSource.getRepository(PairingRequest);
    const request = await requests.findOneBy({ id: requestId });
    if (!request || (request.recipientId !== viewer.memberId && request.requesterId !== viewer.memberId)) {
      throw new NotFoundError('That pairing request');
    }
    const answer = accept ? PairingStatus.ACCEPTED : PairingStatus.DECLINED;
    if (request.status === answer && request.recipientId === viewer.memberId) return request;
    if (request.recipientId !== viewer.memberId)
      throw new ForbiddenError('Only the person you asked can answer this request.');
    if (request.status !== PairingStatus.PENDING)
      throw new ConflictError('This request has already been answered.');
    return this.dataSource.transaction(async (manager) => {
      const { affected } = await manager
        .getRepository(PairingRequest)
        .update(
          { id: requestId, status: PairingStatus.PENDING },
          { status: answer, respondedAt: new Date() },
        );
      if (!affected) throw new ConflictError('This request has already been answered.');
      await requestNotification(this.events, manager, {
        kind: NotificationKind.PAIRING_ANSWER,
        actorId: viewer.memberId,
        recipientIds: [request.requesterId],
        pairingId: request.id,
        sourceId: request.id,
        detail: answer,
      });
      return manager.getRepository(PairingRequest).findOneByOrFail({ id: requestId });
    });
  }

  /** The viewer's pending and accepted pairings, newest first. */
  myPairings(viewer: Viewer): Promise<PairingRequest[]> {
    return this.dataSource
      .getRepository(PairingRequest)
      .createQueryBuilder('r')
      .where({ status: In(OPEN) })
      .andWhere(
        new Brackets((w) =>
          w.where('r.requester_id = :id', { id: viewer.memberId }).orWhere('r.recipient_id = :id'),
        ),
      )
      .orderBy('r.created_at', 'DESC')
      .getMany();
  }

  /** For each member, the ids of those they are paired with (accepted): one query for any number of members. */
  async pairedWith(memberIds: string[]): Promise<Map<string, string[]>> {
    const rows: Array<{ member_id: string; partner_id: string }> = await this.dataSource.query(
      `SELECT requester_id AS member_id, recipient_id AS partner_id FROM pairing_requests
        WHERE status = 'ACCEPTED' AND requester_id = ANY($1::uuid[])
       UNION ALL
       SELECT recipient_id, requester_id FROM pairing_requests
        WHERE status = 'ACCEPTED' AND recipient_id = ANY($1::uuid[])`,
      [memberIds],
    );
    const partners = new Map<string, string[]>(memberIds.map((id) => [id, []]));
    for (const row of rows) partners.get(row.member_id)?.push(row.partner_id);
    return partners;
  }

  private openBetween(a: string, b: string): Promise<PairingRequest | null> {
    return this.dataSource
      .getRepository(PairingRequest)
      .createQueryBuilder('r')
      .where({ status: In(OPEN) })
      .andWhere(
        '((r.requester_id = :a AND r.recipient_id = :b) OR (r.requester_id = :b AND r.recipient_id = :a))',
        { a, b },
      )
      .getOne();
  }

  private existingAnswer(viewer: Viewer, existing: PairingRequest): PairingRequest {
    if (existing.status === PairingStatus.ACCEPTED)
      throw new ConflictError('You are already paired with this member.');
    if (existing.requesterId === viewer.memberId) return existing;
    throw new ConflictError('This member has already asked to pair with you: answer their request instead.');
  }
}
