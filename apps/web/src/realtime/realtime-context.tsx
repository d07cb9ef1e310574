import { ConferClient } from '#libs/client';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useSession } from '../session/session-context';

/**
 * `offline`: signed out, no socket. `connecting`: the first connection. `connected`: live. `reconnecting`: the
 * connection dropped and is being made again (a screen may show "Reconnecting…"); threads catch up by themselves.
 */
export type RealtimeStatus = 'offline' | 'connecting' | 'connected' | 'reconnecting';

export interface Realtime {
  /** The typed socket client (libs/client), once connected; null while signed out or before the first connection. */
  client: ConferClient | null;
  status: RealtimeStatus;
}

const OFFLINE: Realtime = { client: null, status: 'offline' };
const CONNECTING: Realtime = { client: null, status: 'connecting' };
const RealtimeContext = createContext<Realtime>(OFFLINE);

/** While signed in, one ConferClient for the whole app, with the session's fresh token at each (re)connection. */
export function RealtimeProvider({ url, children }: { url: string; children: ReactNode }) {
  const { status: sessionStatus, tokens, viewer } = useSession();
  // A new member signing in over another's session gets a socket of their own.
  const memberId = viewer?.id;
  const [realtime, setRealtime] = useState<Realtime>(CONNECTING);
  const signedIn = sessionStatus === 'signed-in';

  useEffect(() => {
    if (!signedIn) return;
    let stopped = false;
    let client: ConferClient | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const token = async () => (await tokens.freshAccessToken()) ?? '';
    const connect = (attempt: number) => {
      if (attempt > 0) setRealtime({ client: null, status: 'reconnecting' });
      ConferClient.connect({ url, token }).then(
        (connected) => {
          if (stopped) return connected.close();
          client = connected;
          setRealtime({ client, status: 'connected' });
          client.socket.on('disconnect', () => !stopped && setRealtime({ client, status: 'reconnecting' }));
          client.socket.on('connect', () => !stopped && setRealtime({ client, status: 'connected' }));
        },
        () => {
          // Refused or unreachable: try again, more slowly each time (at most every 30 s).
          if (!stopped)
            retry = setTimeout(() => connect(attempt + 1), Math.min(1_000 * 2 ** attempt, 30_000));
        },
      );
    };
    connect(0);
    return () => {
      stopped = true;
      clearTimeout(retry);
      client?.close();
      setRealtime(CONNECTING);
    };
  }, [signedIn, memberId, tokens, url]);

  return (
    <RealtimeContext.Provider value={signedIn ? realtime : OFFLINE}>{children}</RealtimeContext.Provider>
  );
}

/** The socket client and its connection state, for live screens and the "Reconnecting…" banner. */
export function useRealtime(): Realtime {
  return useContext(RealtimeContext);
}
