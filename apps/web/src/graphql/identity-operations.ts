// The identity operations the web app sends (names as in the public contract, docs/API.md).
import { gql, type TypedDocumentNode } from '@apollo/client';

/** The signed-in member as the app shell needs them. */
export interface Viewer {
  id: string;
  handle: string;
  displayName: string;
  role: 'MEMBER' | 'ORGANISER' | 'ADMIN';
}

export interface AuthPayload {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: string;
  member: Viewer;
}

const AUTH_FIELDS = 'accessToken refreshToken accessTokenExpiresAt member { id handle displayName role }';

/** The same text as AUTH_FIELDS' refresh, sent without Apollo (session-tokens.ts). */
export const REFRESH_SESSION_TEXT = `mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) { ${AUTH_FIELDS} }
}`;

export const ME: TypedDocumentNode<{ me: Viewer }, Record<string, never>> = gql`
  query Me {
    me {
      id
      handle
      displayName
      role
    }
  }
`;

export const LOGIN: TypedDocumentNode<
  { login: AuthPayload },
  { input: { email: string; password: string } }
> = gql(`mutation Login($input: LoginInput!) { login(input: $input) { ${AUTH_FIELDS} } }`);

export const REGISTER: TypedDocumentNode<
  { register: AuthPayload },
  { input: { invitationToken: string; email: string; password: string; displayName: string } }
> = gql(`mutation Register($input: RegisterInput!) { register(input: $input) { ${AUTH_FIELDS} } }`);

export const LOGOUT: TypedDocumentNode<{ logout: boolean }, { refreshToken: string }> = gql`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`;

export const REQUEST_PASSWORD_RESET: TypedDocumentNode<{ requestPasswordReset: boolean }, { email: string }> =
  gql`
    mutation RequestPasswordReset($email: String!) {
      requestPasswordReset(email: $email)
    }
  `;

export const RESET_PASSWORD: TypedDocumentNode<
  { resetPassword: boolean },
  { token: string; password: string }
> = gql`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password)
  }
`;
