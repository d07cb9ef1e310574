import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { formProblemOf } from '../../graphql/graphql-errors';
import { RSVP, type EventDetail } from '../../graphql/events-operations';
import { useAnnounce } from '../announcer';
import { shortDateTime } from './event-time';
import { rsvpWords } from './event-words';

/**
 * "Are you going?": the viewer's answer in words (with their waitlist position) and the buttons the server allows
 * (the event's viewerCan: `rsvp` to answer at all, `rsvpGoing` to answer GOING before the deadline).
 */
export function RsvpPanel({ event }: { event: EventDetail }) {
  const announce = useAnnounce();
  const [rsvp, { loading }] = useMutation(RSVP, { refetchQueries: ['Event', 'CalendarFeed'] });
  const [problem, setProblem] = useState('');
  const can = event.viewerCan;
  const answer = rsvpWords(event.viewerRsvp);

  const send = async (status: 'GOING' | 'NOT_GOING') => {
    if (loading) return;
    setProblem('');
    try {
      const { data } = await rsvp({ variables: { eventId: event.id, status } });
      if (!data) return;
      const words = rsvpWords(data.rsvp) ?? '';
      announce(data.rsvp.status === 'WAITLISTED' ? `The event is full. ${words}` : words);
    } catch (error) {
      setProblem(formProblemOf(error).message || 'We could not save your answer. Please try again.');
    }
  };

  return (
    <section className="rsvp-panel" aria-labelledby="rsvp-heading">
      <h2 id="rsvp-heading">Are you going?</h2>
      <p className="rsvp-panel__answer" data-testid="rsvp-answer">
        {answer ?? 'You have not answered yet.'}
      </p>
      {event.rsvpDeadline && (
        <p className="quiet">
          {can.rsvpGoing ? 'Answer by ' : 'Answers closed on '}
          {shortDateTime(event.rsvpDeadline, event.timezone)} ({event.timezone}).
        </p>
      )}
      {can.rsvp && (
        <div className="button-row">
          {can.rsvpGoing && (
            <button
              className="button button--primary"
              type="button"
              aria-disabled={loading}
              onClick={() => void send('GOING')}
            >
              I&apos;m going
            </button>
          )}
          <button
            className="button button--secondary"
            type="button"
            aria-disabled={loading}
            onClick={() => void send('NOT_GOING')}
          >
            Not going
          </button>
        </div>
      )}
      {!can.rsvp && !event.rsvpDeadline && <p className="quiet">Answers are closed.</p>}
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
