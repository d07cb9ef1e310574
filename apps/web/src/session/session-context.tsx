import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LOGOUT, ME, type AuthPayload, type Viewer } from '../graphql/identity-operations';
import { useAnnounce } from '../ui/announcer';
import { createApolloClient } from './apollo-client';
import { SessionTokens } from './session-tokens';

export type SessionStatus = 'checking' | 'signed-out' | 'signed-in';

export interface Session {
  status: SessionStatus;
  /** The signed-in member, once known. */
  viewer: Viewer | null;
  apollo: ApolloClient;
  tokens: SessionTokens;
  /** Keeps the tokens of a login or register answer and makes its member the viewer. */
  signIn: (payload: AuthPayload) => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** The signed-in session for every screen: status, viewer, Apollo Client and the tokens (sessionStorage). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const announce = useAnnounce();
  const [tokens] = useState(() => new SessionTokens());
  const [apollo] = useState(() => createApolloClient(tokens));
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [status, setStatus] = useState<SessionStatus>(tokens.signedIn ? 'checking' : 'signed-out');

  useEffect(
    () =>
      tokens.onEnded(() => {
        setViewer(null);
        setStatus('signed-out');
        void apollo.clearStore();
        announce('Your session has ended. Please sign in again.');
      }),
    [tokens, apollo, announce],
  );

  // A page opened with a session already in this tab: find out who it is (again in a few seconds if offline).
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const identify = () => {
      if (!tokens.signedIn) return;
      apollo.query({ query: ME, fetchPolicy: 'network-only' }).then(
        ({ data }) => {
          setViewer(data?.me ?? null);
          setStatus(data?.me ? 'signed-in' : 'signed-out');
        },
        () => {
          if (tokens.signedIn) timer = setTimeout(identify, 3_000);
          else setStatus('signed-out');
        },
      );
    };
    identify();
    return () => clearTimeout(timer);
  }, [tokens, apollo]);

  const signIn = useCallback(
    (payload: AuthPayload) => {
      // Someone else (or the same member again) signs in over a session in this tab: end that one first, so that
      // nothing of it (its cached answers, drafts, socket, refresh token) stays with the new one.
      const earlier = tokens.refreshToken;
      if (earlier) {
        tokens.clear();
        void apollo
          .clearStore()
          .then(() => apollo.mutate({ mutation: LOGOUT, variables: { refreshToken: earlier } }))
          .catch(() => undefined);
      }
      tokens.save(payload);
      setViewer(payload.member);
      setStatus('signed-in');
    },
    [tokens, apollo],
  );

  const signOut = useCallback(async () => {
    const refreshToken = tokens.refreshToken;
    tokens.clear();
    setViewer(null);
    setStatus('signed-out');
    await apollo.clearStore();
    if (refreshToken)
      await apollo.mutate({ mutation: LOGOUT, variables: { refreshToken } }).catch(() => undefined);
  }, [tokens, apollo]);

  const session = useMemo<Session>(
    () => ({ status, viewer, apollo, tokens, signIn, signOut }),
    [status, viewer, apollo, tokens, signIn, signOut],
  );
  return (
    <SessionContext.Provider value={session}>
      <ApolloProvider client={apollo}>{children}</ApolloProvider>
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>.');
  return session;
}

/** The signed-in member, for screens behind <RequireSignIn> (which renders them only once it is known). */
export function useViewer(): Viewer {
  const { viewer } = useSession();
  if (!viewer) throw new Error('useViewer is for screens shown only when signed in.');
  return viewer;
}
