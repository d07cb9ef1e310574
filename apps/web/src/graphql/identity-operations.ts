// The identity operations the web app sends (names as in the public contract, docs/API.md).
import { print } from 'graphql';
import { graphql } from './generated';
import type { AuthPayloadFieldsFragment, ViewerFieldsFragment } from './generated/graphql';

/** The signed-in member as the app shell needs them. */
export type Viewer = ViewerFieldsFragment;

export type AuthPayload = AuthPayloadFieldsFragment;

export const VIEWER_FIELDS = graphql(`
  fragment ViewerFields on Member {
    id
    handle
    displayName
    role
  }
`);

export const AUTH_PAYLOAD_FIELDS = graphql(`
  fragment AuthPayloadFields on AuthPayload {
    accessToken
    refreshToken
    accessTokenExpiresAt
    member {
      ...ViewerFields
    }
  }
`);

const REFRESH_SESSION = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      ...AuthPayloadFields
    }
  }
`);

/** The refresh as text, sent without Apollo (session-tokens.ts). */
export const REFRESH_SESSION_TEXT = print(REFRESH_SESSION);

export const ME = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);

/** What the signed-in member may do across the platform (the server's policies answer; the app computes none). */
export const PLATFORM_PERMISSIONS = graphql(`
  query PlatformPermissions {
    viewerCan {
      administer
    }
  }
`);

export const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...AuthPayloadFields
    }
  }
`);

export const REGISTER = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      ...AuthPayloadFields
    }
  }
`);

export const LOGOUT = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

export const REQUEST_PASSWORD_RESET = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password)
  }
`);
