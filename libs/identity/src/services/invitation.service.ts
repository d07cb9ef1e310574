import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { CONFIG, type Config } from '#libs/config';
import { ConflictError, ForbiddenError, InputCheck } from '#libs/errors';
import { Mailer } from '#libs/mail';
import { Invitation } from '../entities/invitation.entity.js';
import { MemberRole } from '../entities/member-role.js';
import { Member } from '../entities/member.entity.js';
import { identityPolicy } from '../identity.policy.js';
import { newSecretToken } from '../tokens/secret-token.js';
import type { Viewer } from '../viewer.js';
import { normaliseEmail } from './email.js';
import { identityMail } from './identity-mail.js';

export const INVITATION_TTL_DAYS = 14;

export interface CreateInvitation {
  email: string;
  role?: MemberRole | null;
  cohortId?: string | null;
}

export interface CreatedInvitation {
  invitation: Invitation;
  /** The secret to hand to the invitee; it is not stored and cannot be shown again. */
  token: string;
  mailSent: boolean;
}

@Injectable()
export class InvitationService {
  private readonly logger = new Logger('Invitations');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Mailer) private readonly mailer: Mailer,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  /** Invites an address; a newer invitation to the same address replaces the open one. */
  async invite(viewer: Viewer, input: CreateInvitation): Promise<CreatedInvitation> {
    const role = input.role ?? MemberRole.MEMBER;
    new InputCheck()
      .email(input.email)
      .require(Object.values(MemberRole).includes(role), 'role', 'Choose MEMBER, ORGANISER or ADMIN.')
      .uuid(input.cohortId, 'cohortId')
      .throwIfInvalid();
    if (!identityPolicy.mayInvite(viewer, role)) {
      throw new ForbiddenError(
        role === MemberRole.MEMBER
          ? 'Only organisers and admins can invite people.'
          : `Only admins can invite people as ${role.toLowerCase()}s.`,
      );
    }
    const email = normaliseEmail(input.email);
    const { token, hash } = newSecretToken();

    const { invitation, inviterName } = await this.dataSource.transaction(async (manager) => {
      if (await manager.getRepository(Member).existsBy({ email })) {
        throw new ConflictError('Someone with this e-mail address is already a member of Confer.');
      }
      await manager
        .getRepository(Invitation)
        .update({ email, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: new Date() });
      const saved = await manager.getRepository(Invitation).save({
        email,
        role,
        cohortId: input.cohortId ?? null,
        tokenHash: hash,
        invitedById: viewer.memberId,
        expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 3600 * 1000),
        acceptedAt: null,
        acceptedMemberId: null,
        revokedAt: null,
      });
      const inviter = await manager.getRepository(Member).findOneByOrFail({ id: viewer.memberId });
      return { invitation: saved, inviterName: inviter.displayName };
    });

    const link = `${this.config.publicUrl}/register?invitation=${encodeURIComponent(token)}`;
    const mailSent = await this.mailer
      .send(identityMail.invitation(email, inviterName, link, token, invitation.expiresAt))
      .then(() => true)
      .catch((error: unknown) => {
        this.logger.error(`The invitation to ${email} was saved but could not be mailed: ${String(error)}`);
        return false;
      });
    return { invitation, token, mailSent };
  }
}
