export enum GroupVisibility {
  /** Listed; any member may read and join. */
  PUBLIC = 'PUBLIC',
  /** Listed; join by request; content for members. */
  PRIVATE = 'PRIVATE',
  /** Invitation only; invisible to non-members. */
  HIDDEN = 'HIDDEN',
}

export enum GroupRole {
  OWNER = 'OWNER',
  MODERATOR = 'MODERATOR',
  MEMBER = 'MEMBER',
}

export enum MembershipStatus {
  ACTIVE = 'ACTIVE',
  PENDING = 'PENDING',
  INVITED = 'INVITED',
  BANNED = 'BANNED',
}
