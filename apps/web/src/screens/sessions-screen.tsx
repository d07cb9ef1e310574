import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import {
  END_OTHER_SESSIONS,
  END_SESSION,
  MY_SESSIONS,
  type SignedInSession,
} from '../graphql/session-operations';
import { useAnnounce } from '../ui/announcer';
import { Screen } from '../ui/layout/screen';

const BROWSERS: Array<[RegExp, string]> = [
  [/Edg\//, 'Edge'],
  [/Firefox\//, 'Firefox'],
  [/Chrome\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];
const SYSTEMS: Array<[RegExp, string]> = [
  [/iPhone/, 'iPhone'],
  [/iPad/, 'iPad'],
  [/Android/, 'Android'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'Mac'],
  [/Linux/, 'Linux'],
];

/** "Firefox on Windows", from what the browser called itself when it signed in. */
function deviceName(userAgent: string | null): string {
  if (!userAgent) return 'An unknown device';
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (browser && system) return `${browser} on ${system}`;
  return browser ?? system ?? userAgent.slice(0, 60);
}

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

/** Where I am signed in, and signing out on one device or on every other one. */
export function SessionsScreen() {
  const { data, error } = useQuery(MY_SESSIONS, { fetchPolicy: 'network-only' });
  const options = { refetchQueries: ['MySessions'], awaitRefetchQueries: true };
  const [endSession] = useMutation(END_SESSION, options);
  const [endOthers, endingOthers] = useMutation(END_OTHER_SESSIONS, options);
  const announce = useAnnounce();
  const [problem, setProblem] = useState('');
  const sessions = data?.mySessions ?? [];
  const others = sessions.filter((session) => !session.current);

  const signOut = async (session: SignedInSession) => {
    setProblem('');
    try {
      await endSession({ variables: { id: session.id } });
      announce(`Signed out on ${deviceName(session.userAgent)}.`);
    } catch {
      setProblem('That did not work. Please try again.');
    }
  };
  const signOutOthers = async () => {
    setProblem('');
    try {
      const result = await endOthers();
      const count = result.data?.endOtherSessions ?? 0;
      announce(`Signed out on ${count} other ${count === 1 ? 'device' : 'devices'}.`);
    } catch {
      setProblem('That did not work. Please try again.');
    }
  };

  return (
    <Screen
      title="Where you're signed in"
      lead="If you see a device you do not know, sign it out and change your password."
    >
      {error && <p role="alert">Your sign-ins could not be loaded. Please try again.</p>}
      {problem && <p role="alert">{problem}</p>}
      <ul className="card-list" aria-label="Your sign-ins">
        {sessions.map((session) => (
          <li className="card" key={session.id}>
            <h2 className="card__title">
              {deviceName(session.userAgent)}
              {session.current && <span className="quiet"> (this device)</span>}
            </h2>
            <p className="quiet">
              Signed in {when(session.createdAt)}; last active {when(session.lastUsedAt)}.
            </p>
            {!session.current && (
              <button
                className="button button--secondary"
                type="button"
                onClick={() => void signOut(session)}
              >
                Sign out on {deviceName(session.userAgent)}
              </button>
            )}
          </li>
        ))}
      </ul>
      {others.length > 0 && (
        <button
          className="button button--primary"
          type="button"
          aria-disabled={endingOthers.loading}
          onClick={() => void signOutOthers()}
        >
          Sign out everywhere else
        </button>
      )}
    </Screen>
  );
}
