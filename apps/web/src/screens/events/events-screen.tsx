import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { appendPage } from '../../graphql/connection';
import { EVENT_CHOICES, EVENTS, MY_EVENTS, type EventSummary } from '../../graphql/events-operations';
import { useAnnounce } from '../../ui/announcer';
import { EventCard } from '../../ui/events/event-card';
import { EventFilters, type EventFilterValues } from '../../ui/events/event-filters';
import { ShowMore } from '../../ui/show-more';
import { Screen } from '../../ui/layout/screen';
import '../../styles/events.css';

const PAGE = 20;

function EventList({ events, empty }: { events: EventSummary[]; empty: string }) {
  if (events.length === 0) return <p className="events-empty">{empty}</p>;
  return (
    <ul className="event-list">
      {events.map((event) => (
        <EventCard key={event.id} event={event} />
      ))}
    </ul>
  );
}

/** Upcoming events, soonest first, found by words, region and topic. */
function AllEvents({ filter }: { filter: EventFilterValues }) {
  const announce = useAnnounce();
  const variables = {
    filter: {
      text: filter.text || undefined,
      regions: filter.region ? [filter.region] : undefined,
      topics: filter.topic ? [filter.topic] : undefined,
    },
    first: PAGE,
  };
  const { data, loading, error, fetchMore } = useQuery(EVENTS, { variables });
  const events = data?.events.edges.map((edge) => edge.node) ?? [];
  const filtered = Boolean(filter.text || filter.region || filter.topic);

  // After a new search, say how many were found (the list changed where the reader is not).
  const said = useRef('');
  const key = JSON.stringify(filter);
  useEffect(() => {
    if (loading || !data || said.current === key) return;
    if (said.current !== '' || filtered) {
      const count = data.events.edges.length;
      const more = data.events.pageInfo.hasNextPage ? ' or more' : '';
      announce(
        count === 0
          ? 'No events found.'
          : `${count}${more} ${count === 1 && !more ? 'event' : 'events'} found.`,
      );
    }
    said.current = key;
  }, [loading, data, key, filtered, announce]);

  return (
    <section aria-labelledby="all-events-heading">
      <h2 id="all-events-heading">{filtered ? 'Events that match' : 'Upcoming events'}</h2>
      {error && !data ? (
        <p role="alert">We could not load the events. Check your connection and reload the page.</p>
      ) : loading && !data ? (
        <p role="status">Loading events…</p>
      ) : (
        <>
          <EventList
            events={events}
            empty={
              filtered
                ? 'No upcoming events match. Try another region or topic, or clear the filters.'
                : 'No events are planned yet. Check back soon.'
            }
          />
          <ShowMore
            what="events"
            pageInfo={data?.events.pageInfo}
            load={(after) =>
              fetchMore({
                variables: { after },
                updateQuery: (shown, { fetchMoreResult }) => ({
                  events: appendPage(shown.events, fetchMoreResult.events),
                }),
              })
            }
          />
        </>
      )}
    </section>
  );
}

/** The events the viewer is going to, waiting for, or running. */
function MyEvents() {
  const { data, loading, error, fetchMore } = useQuery(MY_EVENTS, { variables: { first: PAGE } });
  return (
    <section aria-labelledby="my-events-heading">
      <h2 id="my-events-heading">My events</h2>
      <p className="quiet">Events you are going to, waiting for a place at, or running.</p>
      {error && !data ? (
        <p role="alert">We could not load your events. Check your connection and reload the page.</p>
      ) : loading && !data ? (
        <p role="status">Loading your events…</p>
      ) : (
        <>
          <EventList
            events={data?.myEvents.edges.map((edge) => edge.node) ?? []}
            empty="You have no upcoming events. When you say you are going to one, it shows here."
          />
          <ShowMore
            what="events"
            pageInfo={data?.myEvents.pageInfo}
            load={(after) =>
              fetchMore({
                variables: { after },
                updateQuery: (shown, { fetchMoreResult }) => ({
                  myEvents: appendPage(shown.myEvents, fetchMoreResult.myEvents),
                }),
              })
            }
          />
        </>
      )}
    </section>
  );
}

/** /events: every upcoming event (filters in the address, so Back and links keep them), or /events?view=mine. */
export function EventsScreen() {
  const [params, setParams] = useSearchParams();
  const mine = params.get('view') === 'mine';
  const filter: EventFilterValues = {
    text: params.get('q') ?? '',
    region: params.get('region') ?? '',
    topic: params.get('topic') ?? '',
  };
  const { data: choices } = useQuery(EVENT_CHOICES);
  const mayCreate =
    (choices?.viewerCan.createPlatformEvent ?? false) ||
    (choices?.groups.edges ?? []).some(({ node }) => node.viewerCan.createEvent);

  const apply = (values: EventFilterValues) => {
    const next = new URLSearchParams();
    if (values.text) next.set('q', values.text);
    if (values.region) next.set('region', values.region);
    if (values.topic) next.set('topic', values.topic);
    setParams(next);
  };

  return (
    <Screen title="Events" lead="Meet-ups, workshops and talks from the programme and its groups.">
      {mayCreate && (
        <p>
          <Link className="button button--primary" to="/events/new">
            Create an event
          </Link>
        </p>
      )}
      <nav className="event-views" aria-label="Which events">
        <ul>
          <li>
            <Link to="/events" aria-current={mine ? undefined : 'page'}>
              All upcoming events
            </Link>
          </li>
          <li>
            <Link to="/events?view=mine" aria-current={mine ? 'page' : undefined}>
              My events
            </Link>
          </li>
        </ul>
      </nav>
      {mine ? (
        <MyEvents />
      ) : (
        <>
          <EventFilters values={filter} onApply={apply} />
          <AllEvents filter={filter} />
        </>
      )}
    </Screen>
  );
}
