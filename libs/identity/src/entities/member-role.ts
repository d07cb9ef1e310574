export enum MemberRole {
  MEMBER = 'MEMBER',
  ORGANISER = 'ORGANISER',
  ADMIN = 'ADMIN',
}

export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  DELETED = 'DELETED',
}
