import { Link } from 'react-router';
import type { EventSummary } from '../../graphql/events-operations';
import { FORMAT_WORDS } from './event-form';
import { eventWhen } from './event-time';
import { placesWords, rsvpWords } from './event-words';

/** One event in a list: its title (a link), when, how, where, places and the viewer's answer. */
export function EventCard({ event }: { event: EventSummary }) {
  const cancelled = event.status === 'CANCELLED';
  const answer = rsvpWords(event.viewerRsvp);
  return (
    <li className="event-card" data-testid="event-card">
      <h3 className="event-card__title">
        <Link to={`/events/${event.id}`}>{event.title}</Link>
      </h3>
      {cancelled && <p className="event-tag event-tag--cancelled">Cancelled</p>}
      <dl className="event-facts">
        <dt>When</dt>
        <dd>{eventWhen(event.startsAt, event.endsAt, event.timezone)}</dd>
        <dt>How</dt>
        <dd>
          {FORMAT_WORDS[event.format]}
          {event.venue ? `, ${event.venue}` : ''}
        </dd>
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
        {!cancelled && (
          <>
            <dt>Places</dt>
            <dd>{placesWords(event)}</dd>
          </>
        )}
      </dl>
      {answer && !cancelled && <p className="event-card__answer">{answer}</p>}
    </li>
  );
}
