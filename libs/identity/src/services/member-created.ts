import type { DomainEventMap } from '#libs/domain-events';
import type { Member } from '../entities/member.entity.js';

/** What `members.created` carries about a new account (other domains build on it: the profile, the directory). */
export function memberCreated(member: Member): DomainEventMap['members.created'] {
  return {
    memberId: member.id,
    displayName: member.displayName,
    handle: member.handle,
    cohortId: member.cohortId ?? null,
    status: member.status,
  };
}
