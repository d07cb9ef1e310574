import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { EVENT, type EventDetail } from '../../graphql/events-operations';
import { errorCodeOf } from '../../graphql/graphql-errors';
import { AttendeeList } from '../../ui/events/attendee-list';
import { CalendarLinks } from '../../ui/events/calendar-links';
import { FORMAT_WORDS } from '../../ui/events/event-form';
import { eventWhen, shortDateTime, viewerZone } from '../../ui/events/event-time';
import { placesWords } from '../../ui/events/event-words';
import { OrganiserTools } from '../../ui/events/organiser-tools';
import { RsvpPanel } from '../../ui/events/rsvp-panel';
import { useLiveNotifications } from '../../ui/events/use-live-notifications';
import { Screen } from '../../ui/layout/screen';
import '../../styles/events.css';

function EventFacts({ event }: { event: EventDetail }) {
  // Where the member's clock says something else, their own time too.
  const ownZone = viewerZone();
  const hereToo = shortDateTime(event.startsAt, ownZone) !== shortDateTime(event.startsAt, event.timezone);
  return (
    <dl className="event-facts event-facts--wide">
      <dt>When</dt>
      <dd>
        {eventWhen(event.startsAt, event.endsAt, event.timezone)}
        {hereToo && (
          <span className="quiet">
            {' '}
            — {shortDateTime(event.startsAt, ownZone)} where you are ({ownZone})
          </span>
        )}
      </dd>
      <dt>How</dt>
      <dd>{FORMAT_WORDS[event.format]}</dd>
      {event.venue && (
        <>
          <dt>Where</dt>
          <dd>{event.venue}</dd>
        </>
      )}
      {event.format !== 'IN_PERSON' && (
        <>
          <dt>Online link</dt>
          <dd>
            {event.onlineUrl ? (
              <a href={event.onlineUrl} rel="noopener noreferrer" target="_blank">
                Join online<span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            ) : (
              'Shown here once you are going.'
            )}
          </dd>
        </>
      )}
      {event.region && (
        <>
          <dt>Region</dt>
          <dd>{event.region.name}</dd>
        </>
      )}
      {event.topics.length > 0 && (
        <>
          <dt>Topics</dt>
          <dd>{event.topics.map((topic) => topic.name).join(', ')}</dd>
        </>
      )}
      <dt>Run by</dt>
      <dd>
        {event.group ? (
          <Link to={`/groups/${event.group.slug}`}>{event.group.name}</Link>
        ) : (
          (event.organiser?.displayName ?? 'The programme team')
        )}
      </dd>
      <dt>Places</dt>
      <dd data-testid="event-places">{placesWords(event)}</dd>
    </dl>
  );
}

/** /events/:id: the event, the viewer's answer and place, the calendar, news, and tools for those running it. */
export function EventScreen() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(EVENT, { variables: { id } });

  // A promotion from the waitlist, news, a change or a cancellation: show it without a reload.
  useLiveNotifications(
    (notification) => {
      if (notification.eventId === id) void refetch();
    },
    () => void refetch(),
  );

  if (loading && !data) {
    return (
      <Screen title="Event">
        <p role="status">Loading the event…</p>
      </Screen>
    );
  }
  if (!data) {
    const code = errorCodeOf(error);
    const missing = code === 'NOT_FOUND' || code === 'BAD_USER_INPUT';
    return (
      <Screen title={missing ? 'Event not found' : 'Event'}>
        <p role="alert">
          {missing
            ? 'We could not find this event. It may have been removed, or it belongs to a group you are not in.'
            : 'We could not load this event. Check your connection and reload the page.'}
        </p>
        <p>
          <Link to="/events">See all events</Link>
        </p>
      </Screen>
    );
  }

  const event = data.event;
  const cancelled = event.status === 'CANCELLED';
  return (
    <Screen title={event.title}>
      {cancelled && (
        <div className="events-cancelled" data-testid="event-cancelled">
          <h2>This event is cancelled</h2>
          {event.cancelReason && <p>{event.cancelReason}</p>}
        </div>
      )}
      <EventFacts event={event} />
      {event.description && <p className="event-description">{event.description}</p>}
      {!cancelled && <RsvpPanel event={event} />}
      {!cancelled && <CalendarLinks calendarUrl={event.calendarUrl} title={event.title} />}
      <section aria-labelledby="news-heading">
        <h2 id="news-heading">News from the organisers</h2>
        {event.announcements.length === 0 ? (
          <p className="quiet">No news yet. People going are told when there is.</p>
        ) : (
          <ul className="announcements">
            {event.announcements.map((item) => (
              <li key={item.id}>
                <p className="announcements__when quiet">{shortDateTime(item.createdAt)}</p>
                <p className="announcements__message">{item.message}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {event.attendees && <AttendeeList attendees={event.attendees} />}
      {event.viewerCan.manage && <OrganiserTools event={event} />}
      <p>
        <Link to="/events">All events</Link>
      </p>
    </Screen>
  );
}
