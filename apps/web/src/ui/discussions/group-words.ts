import type { GroupRole, MembershipStatus, Visibility } from '../../graphql/groups-operations';

/** Each visibility in plain words: what it means for other members. */
export const VISIBILITY_WORDS: Record<Visibility, { label: string; explained: string }> = {
  PUBLIC: {
    label: 'Open',
    explained: 'Any member can find it, read it and join at once.',
  },
  PRIVATE: {
    label: 'Private',
    explained: 'Members can find it, but only its members read it. People ask to join and you decide.',
  },
  HIDDEN: {
    label: 'Hidden',
    explained: 'Only its members know it exists. People join when they are invited.',
  },
};

export const ROLE_WORDS: Record<GroupRole, string> = {
  OWNER: 'Owner',
  MODERATOR: 'Moderator',
  MEMBER: 'Member',
};

export function membershipWords(membership: { role: GroupRole; status: MembershipStatus } | null): string {
  if (!membership) return '';
  if (membership.status === 'ACTIVE')
    return membership.role === 'MEMBER'
      ? 'You are a member'
      : `You are ${ROLE_WORDS[membership.role].toLowerCase()}`;
  if (membership.status === 'PENDING') return 'Request sent';
  if (membership.status === 'INVITED') return 'You are invited';
  return '';
}

export const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

/** "Tuesday 3 March, 14:00" in the reader's own time. */
export function whenWords(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** "14:05" today, "3 Mar, 14:05" before. */
export function shortTime(iso: string): string {
  const date = new Date(iso);
  const today = new Date().toDateString() === date.toDateString();
  return date.toLocaleString(
    'en-GB',
    today
      ? { hour: '2-digit', minute: '2-digit' }
      : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
  );
}
