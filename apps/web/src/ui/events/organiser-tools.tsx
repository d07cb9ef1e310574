import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import {
  ANNOUNCE_EVENT,
  CANCEL_EVENT,
  EVENT_ATTENDEES_CSV,
  type EventDetail,
} from '../../graphql/events-operations';
import { formProblemOf } from '../../graphql/graphql-errors';
import { useAnnounce } from '../announcer';
import { ConferForm } from '../form/confer-form';
import { TextAreaField } from '../form/text-area-field';

/** Sends news to everyone going or waiting. The form is emptied once it is sent (not before). */
function AnnounceForm({ eventId }: { eventId: string }) {
  const announce = useAnnounce();
  const [sent, setSent] = useState(0);
  const [announceEvent] = useMutation(ANNOUNCE_EVENT, { refetchQueries: ['Event'] });
  return (
    <ConferForm
      key={sent}
      label="Send news to people going"
      submitLabel="Send the news"
      submittingLabel="Sending…"
      onSubmit={async (values) => {
        await announceEvent({ variables: { eventId, message: values.message ?? '' } });
        setSent((count) => count + 1);
        announce('Your news is sent to everyone going or waiting.');
      }}
    >
      <TextAreaField
        name="message"
        label="News for everyone going or waiting"
        hint="They are told as they asked to be (in Confer, by e-mail or in a daily e-mail). It also shows on this page."
        rows={3}
      />
    </ConferForm>
  );
}

/** "Cancel the event…", then the reason and a confirmation; Escape or "Keep the event" steps back. */
function CancelEvent({ eventId }: { eventId: string }) {
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const [cancelEvent] = useMutation(CANCEL_EVENT);
  const close = () => {
    setOpen(false);
    setTimeout(() => opener.current?.focus(), 0);
  };
  if (!open) {
    return (
      <button className="button button--warning" type="button" ref={opener} onClick={() => setOpen(true)}>
        Cancel the event…
      </button>
    );
  }
  return (
    <div
      className="events-confirm"
      role="group"
      aria-labelledby="cancel-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <h3 id="cancel-heading">Cancel this event?</h3>
      <p>Everyone going or waiting is told, with your reason. This cannot be undone.</p>
      <ConferForm
        label="Cancel the event"
        submitLabel="Yes, cancel the event"
        submittingLabel="Cancelling…"
        onSubmit={async (values) => {
          await cancelEvent({ variables: { id: eventId, reason: values.reason ?? '' } });
          announce('The event is cancelled. Everyone going or waiting is told.');
        }}
      >
        <TextAreaField name="reason" label="Why it is cancelled" rows={3} autoFocus />
      </ConferForm>
      <button className="button button--secondary" type="button" onClick={close}>
        Keep the event
      </button>
    </div>
  );
}

/** The attendee list as a CSV file, fetched when asked for and offered as a download. */
function CsvDownload({ event }: { event: EventDetail }) {
  const apollo = useApolloClient();
  const [problem, setProblem] = useState('');
  const download = async () => {
    setProblem('');
    try {
      const { data } = await apollo.query({
        query: EVENT_ATTENDEES_CSV,
        variables: { eventId: event.id },
        fetchPolicy: 'network-only',
      });
      if (!data) return;
      const url = URL.createObjectURL(new Blob([data.eventAttendeesCsv], { type: 'text/csv' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `attendees-${event.title.replace(/[^\w-]+/g, '-').toLowerCase()}.csv`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      setProblem(formProblemOf(error).message);
    }
  };
  return (
    <>
      <button className="button button--secondary" type="button" onClick={() => void download()}>
        Download the attendee list (CSV, opens in a spreadsheet)
      </button>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}

/** For those running the event: change it, send news, the attendee list as a file, cancel it. */
export function OrganiserTools({ event }: { event: EventDetail }) {
  const cancelled = event.status === 'CANCELLED';
  return (
    <section className="organiser-tools" aria-labelledby="organiser-heading">
      <h2 id="organiser-heading">Running this event</h2>
      {event.viewerCan.edit && (
        <p>
          <Link to={`/events/${event.id}/edit`}>Change the details</Link>
        </p>
      )}
      <CsvDownload event={event} />
      {!cancelled && (
        <>
          <h3>Send news</h3>
          <AnnounceForm eventId={event.id} />
          <h3>Cancel</h3>
          <CancelEvent eventId={event.id} />
        </>
      )}
    </section>
  );
}
