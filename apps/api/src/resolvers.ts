import { AuthResolver } from './identity/auth.resolver.js';
import { InvitationResolver } from './identity/invitation.resolver.js';
import { MemberResolver } from './identity/member.resolver.js';
import { PasswordResolver } from './identity/password.resolver.js';

/** Every resolver of the API: the schema is built from this list. */
export const RESOLVERS = [AuthResolver, PasswordResolver, InvitationResolver, MemberResolver];
