import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { EVENT, UPDATE_EVENT } from '../../graphql/events-operations';
import { useAnnounce } from '../../ui/announcer';
import { EventForm } from '../../ui/events/event-form';
import { Screen } from '../../ui/layout/screen';

/** /events/:id/edit: those running the event change it; people going or waiting are told of a new time or place. */
export function EditEventScreen() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const { data, loading, error } = useQuery(EVENT, { variables: { id } });
  const [updateEvent] = useMutation(UPDATE_EVENT);

  if (loading) {
    return (
      <Screen title="Change the event">
        <p role="status">Loading the event…</p>
      </Screen>
    );
  }
  if (error || !data) {
    return (
      <Screen title="Event not found">
        <p>
          We could not find this event. It may have been removed, or it belongs to a group you are not in.
        </p>
        <p>
          <Link to="/events">See all events</Link>
        </p>
      </Screen>
    );
  }
  const event = data.event;
  if (!event.viewerCan.edit) {
    return (
      <Screen title={`Change "${event.title}"`}>
        <p>
          {event.status === 'CANCELLED'
            ? 'This event is cancelled, so it can no longer be changed.'
            : 'Only those running this event can change it.'}
        </p>
        <p>
          <Link to={`/events/${event.id}`}>Back to the event</Link>
        </p>
      </Screen>
    );
  }
  return (
    <Screen
      title={`Change "${event.title}"`}
      lead="People going or on the waitlist are told when the time, place or link changes."
    >
      <EventForm
        event={event}
        submitLabel="Save the changes"
        submittingLabel="Saving…"
        onSubmit={async (input) => {
          const { data: saved } = await updateEvent({ variables: { id: event.id, input } });
          if (!saved) return;
          announce('The changes are saved.');
          await navigate(`/events/${event.id}`);
        }}
      />
      <p>
        <Link to={`/events/${event.id}`}>Back to the event without saving</Link>
      </p>
    </Screen>
  );
}
