import { createSecretKey } from 'node:crypto';
import { Module, type DynamicModule } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AccountService } from './services/account.service.js';
import { AdminBootstrapService } from './services/admin-bootstrap.service.js';
import { AuthenticationService } from './services/authentication.service.js';
import { IdentityMailer } from './services/identity-mailer.js';
import { InvitationService } from './services/invitation.service.js';
import { PasswordService } from './services/password.service.js';
import { MemberSessionsService } from './services/member-sessions.service.js';
import { RegistrationService } from './services/registration.service.js';
import { SecurityNotices } from './services/security-notices.js';
import { SessionService } from './services/session.service.js';
import { AccessTokenService } from './tokens/access-token.service.js';

const SERVICES = [
  IdentityMailer,
  SecurityNotices,
  AccountService,
  AccessTokenService,
  AuthenticationService,
  SessionService,
  MemberSessionsService,
  InvitationService,
  RegistrationService,
  PasswordService,
  AdminBootstrapService,
];

/** Accounts, invitations, sessions and passwords. Needs the database and, for mail, MailModule. */
@Module({})
export class IdentityModule {
  static forRoot(options: { jwtSecret: string }): DynamicModule {
    return {
      module: IdentityModule,
      global: true,
      // A secret KeyObject, made once: given a string, jsonwebtoken first tries to read it as a public key at every
      // verification (and throws, and catches) before taking it as a secret, about 11% of the API's busy time.
      imports: [JwtModule.register({ secret: createSecretKey(Buffer.from(options.jwtSecret, 'utf8')) })],
      providers: SERVICES,
      exports: SERVICES,
    };
  }
}
