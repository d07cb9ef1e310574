import { useQuery } from '@apollo/client/react';
import { MY_PROFILE, TAXONOMY } from '../../graphql/people-operations';
import { Screen } from '../../ui/layout/screen';
import { VISIBILITY_CODES, VISIBILITY_WORDS } from '../../ui/people/people-words';
import { ProfileForm } from './profile-form';
import '../../styles/people.css';

const VISIBILITY_EXPLAINED = {
  MEMBERS: 'every signed-in member of Confer.',
  GROUP_PEERS:
    'members who share a private or hidden group with you. Public groups, which anyone can join, do not count.',
  PRIVATE: 'nobody else, not even the people who run Confer.',
} as const;

/** My profile: every field, and beside each one who sees it, in plain words. */
export function MyProfileScreen() {
  const profile = useQuery(MY_PROFILE, { fetchPolicy: 'network-only' });
  const taxonomy = useQuery(TAXONOMY);
  const loaded = profile.data && taxonomy.data;

  return (
    <Screen title="My profile" lead="What other members know about you, and who sees each part of it.">
      <section className="visibility-key" aria-labelledby="visibility-key-title">
        <h2 id="visibility-key-title" className="visibility-key__title">
          Who sees what
        </h2>
        <p>Beside most parts of your profile you choose who sees it:</p>
        <ul>
          {VISIBILITY_CODES.map((code) => (
            <li key={code}>
              <strong>{VISIBILITY_WORDS[code]}</strong>: {VISIBILITY_EXPLAINED[code]}
            </li>
          ))}
        </ul>
      </section>
      {loaded ? (
        <ProfileForm
          me={profile.data.me}
          consentWording={profile.data.consentWording}
          taxonomy={taxonomy.data}
        />
      ) : profile.error || taxonomy.error ? (
        <p role="alert">We could not load your profile. Check your connection and reload the page.</p>
      ) : (
        <p role="status">Loading your profile…</p>
      )}
    </Screen>
  );
}
