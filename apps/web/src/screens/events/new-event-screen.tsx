import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { CREATE_EVENT, EVENT_CHOICES } from '../../graphql/events-operations';
import { useAnnounce } from '../../ui/announcer';
import { EventForm } from '../../ui/events/event-form';
import { Screen } from '../../ui/layout/screen';

/** /events/new: organisers and admins (platform events), group owners and moderators (their groups' events). */
export function NewEventScreen() {
  const navigate = useNavigate();
  const announce = useAnnounce();
  const [createEvent] = useMutation(CREATE_EVENT, { refetchQueries: ['Events', 'MyEvents'] });
  const { data, loading } = useQuery(EVENT_CHOICES);
  const platform = data?.viewerCan.createPlatformEvent ?? false;
  const runsAGroup = (data?.groups.edges ?? []).some(({ node }) => node.viewerCan.createEvent);

  if (!data && loading) {
    return (
      <Screen title="Create an event">
        <p role="status">Loading…</p>
      </Screen>
    );
  }
  if (!platform && !runsAGroup) {
    return (
      <Screen title="Create an event">
        <p>
          Events are created by the programme&apos;s organisers, and by the owners and moderators of groups
          for their groups. If you would like to run an event, ask an organiser or start a group.
        </p>
        <p>
          <Link to="/events">Back to events</Link>
        </p>
      </Screen>
    );
  }

  return (
    <Screen
      title="Create an event"
      lead="Say what it is, when and where. People can then say they are going, and you can send them news."
    >
      <EventForm
        platform={platform}
        submitLabel="Create the event"
        submittingLabel="Creating the event…"
        onSubmit={async (input, groupId) => {
          const { data: created } = await createEvent({ variables: { input: { ...input, groupId } } });
          if (!created) return;
          announce('The event is created.');
          await navigate(`/events/${created.createEvent.id}`);
        }}
      />
    </Screen>
  );
}
