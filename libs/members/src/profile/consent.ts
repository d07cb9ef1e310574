import { IsNull, type EntityManager } from 'typeorm';
import { MemberConsent } from './member-consent.entity.js';

/** What a member may consent to: keeping special-category data (UK GDPR art. 9(2)(a), explicit consent). */
export enum ConsentKind {
  LIVED_EXPERIENCE = 'LIVED_EXPERIENCE',
}

/**
 * The words a member agrees to, with their version in front: a consent row keeps the words as they were, so a new
 * wording is a new version here, never an edit of an old one.
 */
export const CONSENT_WORDING: Record<ConsentKind, string> = {
  [ConsentKind.LIVED_EXPERIENCE]:
    'lived-experience/v1: I agree that Confer keeps the lived experience of illness, disability or caring that I ' +
    'write on my profile. It is health information. Confer shows it only to the people I choose, and erases it ' +
    'when I withdraw this consent or delete my account.',
};

/** Whether the member has given this consent and not withdrawn it. */
export function hasActiveConsent(
  manager: EntityManager,
  memberId: string,
  kind: ConsentKind,
): Promise<boolean> {
  return manager.getRepository(MemberConsent).existsBy({ memberId, kind, withdrawnAt: IsNull() });
}
