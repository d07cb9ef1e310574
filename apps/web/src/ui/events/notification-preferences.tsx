import { useMutation, useQuery } from '@apollo/client/react';
import {
  NOTIFICATION_PREFERENCES,
  UPDATE_NOTIFICATION_PREFERENCES,
  type NotificationChannel,
  type NotificationKind,
} from '../../graphql/events-operations';
import { useAnnounce } from '../announcer';
import { ConferForm } from '../form/confer-form';
import { SelectField } from '../form/select-field';
import { CHANNEL_WORDS, KIND_WORDS } from './notification-words';

const CHANNEL_OPTIONS = Object.entries(CHANNEL_WORDS).map(([value, label]) => ({ value, label }));

/** For each kind of notification, how the member wants to hear of it; saved all at once. */
export function NotificationPreferences() {
  const announce = useAnnounce();
  const { data, loading, error } = useQuery(NOTIFICATION_PREFERENCES);
  const [save] = useMutation(UPDATE_NOTIFICATION_PREFERENCES, {
    refetchQueries: ['NotificationPreferences'],
  });
  const current = new Map(data?.notificationPreferences.map((pref) => [pref.kind, pref.channel]) ?? []);
  const kinds = Object.keys(KIND_WORDS) as NotificationKind[];

  return (
    <section className="notification-preferences" aria-labelledby="preferences-heading">
      <h2 id="preferences-heading">How you hear about things</h2>
      <p>
        For each kind of notification, choose how you want to hear about it.{' '}
        <strong>Here in Confer only</strong>: it shows under the bell at the top of the page.{' '}
        <strong>By e-mail straight away</strong>: you also get an e-mail as it happens.{' '}
        <strong>In one e-mail a day</strong>: you also get a single e-mail each day that gathers them.{' '}
        <strong>Not at all</strong>: you are not told.
      </p>
      {error && !data ? (
        <p role="alert">We could not load your choices. Check your connection and reload the page.</p>
      ) : loading && !data ? (
        <p role="status">Loading your choices…</p>
      ) : (
        <ConferForm
          key={JSON.stringify(data?.notificationPreferences)}
          label="How you hear about things"
          submitLabel="Save my choices"
          submittingLabel="Saving…"
          onSubmit={async (values) => {
            const preferences = kinds
              .filter((kind) => values[kind] && values[kind] !== current.get(kind))
              .map((kind) => ({ kind, channel: values[kind] as NotificationChannel }));
            if (preferences.length > 0) await save({ variables: { input: { preferences } } });
            announce('Your choices are saved.');
          }}
        >
          {kinds.map((kind) => (
            <SelectField
              key={kind}
              name={kind}
              label={KIND_WORDS[kind]}
              options={CHANNEL_OPTIONS}
              defaultValue={current.get(kind) ?? 'IN_APP'}
            />
          ))}
        </ConferForm>
      )}
    </section>
  );
}
