import { Invitation } from './invitation.entity.js';
import { Member } from './member.entity.js';
import { PasswordResetToken } from './password-reset-token.entity.js';
import { RefreshToken } from './refresh-token.entity.js';
import { Session } from './session.entity.js';

export { Invitation, Member, PasswordResetToken, RefreshToken, Session };
export { MemberRole, MemberStatus } from './member-role.js';

export const IDENTITY_ENTITIES = [Member, Invitation, Session, RefreshToken, PasswordResetToken];
