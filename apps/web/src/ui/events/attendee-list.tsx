import type { Attendee, EventDetail } from '../../graphql/events-operations';
import type { LeaderType } from '../../graphql/people-operations';
import { LEADER_TYPES } from '../people/people-words';

/** A leader type in words (as the profile says it); a code the app does not know yet, as it came. */
const leaderWords = (code: string) => LEADER_TYPES[code as LeaderType] ?? code;

function People({ people, waitlist }: { people: Attendee[]; waitlist?: boolean }) {
  const List = waitlist ? 'ol' : 'ul';
  return (
    <List className="attendee-list">
      {people.map((person) => (
        <li key={person.memberId}>
          {person.displayName} <span className="quiet">@{person.handle}</span>
          {person.leaderType && <span className="quiet"> · {leaderWords(person.leaderType)}</span>}
        </li>
      ))}
    </List>
  );
}

/** Who is going and who is waiting (in the order they will be let in), with the balance of leader types. */
export function AttendeeList({ attendees }: { attendees: NonNullable<EventDetail['attendees']> }) {
  return (
    <section aria-labelledby="attendees-heading">
      <h2 id="attendees-heading">Who is going</h2>
      {attendees.going.length === 0 ? (
        <p>Nobody has said they are going yet.</p>
      ) : (
        <>
          {attendees.balanceSummary && <p>{attendees.balanceSummary}</p>}
          <People people={attendees.going} />
        </>
      )}
      {attendees.waitlisted.length > 0 && (
        <>
          <h3>On the waitlist, in order</h3>
          <People people={attendees.waitlisted} waitlist />
        </>
      )}
    </section>
  );
}
