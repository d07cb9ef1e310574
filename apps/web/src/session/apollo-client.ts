import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import type { SessionTokens } from './session-tokens';

/** Operations that must not carry the session (they start one, or renew it). */
const SESSIONLESS = new Set(['Login', 'Register', 'RefreshSession', 'RequestPasswordReset', 'ResetPassword']);

/**
 * Apollo Client against this origin's /graphql: each request carries a fresh access token, and a request the
 * server refuses as UNAUTHENTICATED while signed in ends the session here (the sign-in screen follows).
 */
export function createApolloClient(tokens: SessionTokens): ApolloClient {
  const authorize = new SetContextLink(async (context, operation) => {
    if (SESSIONLESS.has(operation.operationName ?? '')) return {};
    const token = await tokens.freshAccessToken();
    return token ? { headers: { ...(context.headers as object), authorization: `Bearer ${token}` } } : {};
  });
  const endRefusedSessions = new ErrorLink(({ error, operation }) => {
    if (SESSIONLESS.has(operation.operationName ?? '')) return;
    if (
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')
    ) {
      tokens.end();
    }
  });
  return new ApolloClient({
    link: ApolloLink.from([endRefusedSessions, authorize, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
