import { useQuery } from '@apollo/client/react';
import { CALENDAR_FEED } from '../../graphql/events-operations';

/** "Add to calendar" (this event's .ics file) and the member's own feed of every event they are going to. */
export function CalendarLinks({ calendarUrl, title }: { calendarUrl: string; title: string }) {
  const { data } = useQuery(CALENDAR_FEED);
  const feed = data?.me.calendarFeedUrl;
  const feedAddress = feed ? new URL(feed, window.location.origin).href : null;
  return (
    <section aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">Add to your calendar</h2>
      <p>
        <a href={calendarUrl} download>
          Add to calendar<span className="visually-hidden">: {title}</span> (a file your calendar opens)
        </a>
      </p>
      {feedAddress && (
        <details className="calendar-feed">
          <summary>Or follow all your events in your calendar</summary>
          <p>
            Your calendar program (Outlook, Google Calendar, Apple Calendar) can subscribe to this address. It
            then shows every event you are going to or waiting for, and keeps them up to date by itself. Keep
            the address to yourself: anyone with it can see your events.
          </p>
          <label className="field__label" htmlFor="calendar-feed-address">
            Your calendar address
          </label>
          <input
            className="field__input"
            id="calendar-feed-address"
            readOnly
            value={feedAddress}
            onFocus={(event) => event.currentTarget.select()}
          />
        </details>
      )}
    </section>
  );
}
