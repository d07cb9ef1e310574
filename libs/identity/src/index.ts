export { IdentityModule } from './identity.module.js';
export {
  IDENTITY_ENTITIES,
  Member,
  Invitation,
  Session,
  MemberRole,
  MemberStatus,
} from './entities/index.js';
export type { Viewer } from './viewer.js';
export { isAdmin } from './viewer.js';
export { identityPolicy } from './identity.policy.js';
export { AuthenticationService } from './services/authentication.service.js';
export {
  SessionService,
  SESSION_LIFETIME_DAYS,
  type SignedIn,
  type AuthTokens,
  type SignInCaller,
} from './services/session.service.js';
export {
  MemberSessionsService,
  MY_SESSIONS_LIMIT,
  type OpenSession,
} from './services/member-sessions.service.js';
export { SECURITY_NOTICE_JOB } from './services/security-notices.js';
export {
  InvitationService,
  INVITATION_TTL_DAYS,
  type CreatedInvitation,
} from './services/invitation.service.js';
export { RegistrationService, DISPLAY_NAME_MAX } from './services/registration.service.js';
export { PasswordService, PASSWORD_RESET_TTL_MINUTES } from './services/password.service.js';
export { AdminBootstrapService } from './services/admin-bootstrap.service.js';
export { ACCESS_TOKEN_TTL_SECONDS } from './tokens/access-token.service.js';
export { PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH } from './password/password-policy.js';
export { passwordHasher } from './password/password-hasher.js';
export { breachedPasswords, isBreachedPassword } from './password/breached-passwords.js';
export { handleBase, HANDLE_PATTERN, firstFree } from './services/handles.js';
export { AccountService } from './services/account.service.js';
export {
  LOGIN_ACCOUNT_LIMIT,
  LOGIN_ACCOUNT_ADDRESS_LIMIT,
  REGISTRATION_FAILURE_LIMIT,
  PASSWORD_RESET_EMAIL_LIMIT,
  PASSWORD_RESET_ADDRESS_LIMIT,
  INVITATION_LIMIT,
  type Caller,
} from './services/abuse-limits.js';
