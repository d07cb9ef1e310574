import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InputCheck } from '#libs/errors';
import type { Viewer } from '#libs/identity';
import { ConsentKind, MemberConsent } from '#libs/members';

/**
 * A member's consents (UK GDPR art. 9(2)(a)): given through `updateProfile`, listed here, and withdrawn here, which
 * erases what the consent covered. Each consent stays on record (when, to which words, when withdrawn) to show that
 * it was given.
 */
@Injectable()
export class Consents {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** The member's consents, latest first, withdrawn ones included. */
  list(memberId: string): Promise<MemberConsent[]> {
    return this.dataSource
      .getRepository(MemberConsent)
      .find({ where: { memberId }, order: { givenAt: 'DESC', id: 'DESC' } });
  }

  /**
   * Withdraws a consent and erases what it covered: withdrawing LIVED_EXPERIENCE clears the field and puts its
   * audience back to private. Harmless when there is nothing to withdraw (the field is cleared all the same).
   */
  async withdraw(viewer: Viewer, kind: ConsentKind): Promise<void> {
    new InputCheck()
      .require(Object.values(ConsentKind).includes(kind), 'kind', 'Unknown kind of consent.')
      .throwIfInvalid();
    await this.dataSource.transaction(async (manager) => {
      // The profile's row lock, as updateProfile takes it: a save under way finishes first, or waits for this.
      await manager.query('SELECT 1 FROM member_profiles WHERE member_id = $1 FOR UPDATE', [viewer.memberId]);
      await manager.query(
        `UPDATE member_consents SET withdrawn_at = now()
          WHERE member_id = $1 AND kind = $2 AND withdrawn_at IS NULL`,
        [viewer.memberId, kind],
      );
      if (kind === ConsentKind.LIVED_EXPERIENCE) {
        await manager.query(
          `UPDATE member_profiles SET lived_experience = NULL, visibility = visibility - 'LIVED_EXPERIENCE'
            WHERE member_id = $1`,
          [viewer.memberId],
        );
      }
    });
  }
}
