import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isUniqueViolation } from '#libs/database';
import { DomainEvents } from '#libs/domain-events';
import { ConflictError, InputCheck, ValidationError } from '#libs/errors';
import { Throttle } from '#libs/rate-limits';
import { Invitation } from '../entities/invitation.entity.js';
import { Member } from '../entities/member.entity.js';
import { checkPassword } from '../password/password-policy.js';
import { passwordHasher } from '../password/password-hasher.js';
import { hashSecretToken } from '../tokens/secret-token.js';
import { registrationLimits } from './abuse-limits.js';
import { normaliseEmail } from './email.js';
import { uniqueHandle } from './handles.js';
import { memberCreated } from './member-created.js';
import { SessionService, type SignedIn, type SignInCaller } from './session.service.js';

export const DISPLAY_NAME_MAX = 80;

export interface Registration {
  invitationToken: string;
  email: string;
  password: string;
  displayName: string;
}

/** Registration is by invitation only: the invitation is spent in the same transaction that creates the member. */
@Injectable()
export class RegistrationService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(DomainEvents) private readonly events: DomainEvents,
    @Inject(Throttle) private readonly throttle: Throttle,
  ) {}

  async register(input: Registration, caller: SignInCaller = {}): Promise<SignedIn> {
    const check = new InputCheck()
      .require(input.invitationToken.trim().length > 0, 'invitationToken', 'The invitation code is missing.')
      .email(input.email)
      .line(input.displayName, 'displayName', { min: 1, max: DISPLAY_NAME_MAX });
    checkPassword(check, input.password, 'password', { email: input.email });
    check.throwIfInvalid();
    // Codes that do not work are counted per address: nobody tries codes at length. A right code still works
    // from an address past the limit (someone there guessing cannot shut out a real invitee beside them).
    return this.throttle.limitFailures(
      registrationLimits(caller),
      () => this.registerWithInvitation(input, caller.userAgent),
      (error) => error instanceof ValidationError && 'invitationToken' in error.fields,
      () => this.isUsableCode(input.invitationToken),
    );
  }

  private async isUsableCode(code: string): Promise<boolean> {
    const invitation = await this.dataSource
      .getRepository(Invitation)
      .findOneBy({ tokenHash: hashSecretToken(code.trim()) });
    return (
      !!invitation &&
      !invitation.acceptedAt &&
      !invitation.revokedAt &&
      invitation.expiresAt.getTime() > Date.now()
    );
  }

  private async registerWithInvitation(input: Registration, userAgent?: string): Promise<SignedIn> {
    const email = normaliseEmail(input.email);
    const invitation = await this.dataSource
      .getRepository(Invitation)
      .findOneBy({ tokenHash: hashSecretToken(input.invitationToken.trim()) });
    assertUsable(invitation);
    if (invitation.email !== email) {
      throw new ValidationError({ email: 'Use the e-mail address this invitation was sent to.' });
    }
    const passwordHash = await passwordHasher.hash(input.password);

    // Two people of the same name registering at the same moment may pick the same handle: try again.
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.createMember(invitation, email, input.displayName, passwordHash, userAgent);
      } catch (error) {
        if (isUniqueViolation(error, 'members_email_key')) {
          throw new ConflictError(
            'Someone with this e-mail address is already a member of Confer. Try signing in.',
          );
        }
        if (!isUniqueViolation(error, 'members_handle_key') || attempt === 5) throw error;
      }
    }
  }

  private createMember(
    invitation: Invitation,
    email: string,
    displayName: string,
    passwordHash: string,
    userAgent: string | undefined,
  ): Promise<SignedIn> {
    return this.dataSource.transaction(async (manager) => {
      const claimed = await manager
        .createQueryBuilder()
        .update(Invitation)
        .set({ acceptedAt: () => 'now()' })
        .where('id = :id AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()', {
          id: invitation.id,
        })
        .execute();
      if (claimed.affected !== 1) {
        throw new ValidationError({ invitationToken: 'This invitation has already been used.' });
      }
      if (await manager.getRepository(Member).existsBy({ email })) {
        throw new ConflictError(
          'Someone with this e-mail address is already a member of Confer. Try signing in.',
        );
      }
      const member = await manager.getRepository(Member).save({
        email,
        handle: await uniqueHandle(manager, displayName),
        displayName: displayName.trim(),
        passwordHash,
        role: invitation.role,
        cohortId: invitation.cohortId,
      });
      await manager.getRepository(Invitation).update(invitation.id, { acceptedMemberId: member.id });
      await this.events.publish(manager, 'members.created', memberCreated(member));
      return {
        member,
        ...(await this.sessions.openSession(manager, member.id, userAgent?.trim() || undefined)),
      };
    });
  }
}

function assertUsable(invitation: Invitation | null): asserts invitation is Invitation {
  const reason = !invitation
    ? 'This invitation code is not valid. Check the link in your e-mail.'
    : invitation.acceptedAt
      ? 'This invitation has already been used. If it was you, sign in instead.'
      : invitation.revokedAt
        ? 'This invitation was replaced by a newer one. Use the link in the latest e-mail.'
        : invitation.expiresAt.getTime() <= Date.now()
          ? 'This invitation has expired. Ask the person who invited you for a new one.'
          : undefined;
  if (reason) throw new ValidationError({ invitationToken: reason });
}
