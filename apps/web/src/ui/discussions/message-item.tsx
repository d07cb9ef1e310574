import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { MessagePermissions } from '../../graphql/discussions-operations';
import { ReportButton } from '../admin/report-button';
import { shortTime } from './group-words';
import type { LiveMessage } from './live-thread-state';
import { MessageReactions } from './message-reactions';

export interface MessageActions {
  react: (messageId: string, emoji: string) => Promise<void>;
  edit: (messageId: string, body: string) => Promise<void>;
  remove: (messageId: string) => Promise<void>;
}

/** The body as written (Markdown source shown as text: nothing in it becomes HTML), line breaks kept. */
function MessageBody({ message }: { message: LiveMessage }) {
  if (message.deleted) return <p className="message__body message__body--gone">This message was deleted.</p>;
  if (message.hidden)
    return <p className="message__body message__body--gone">This message was hidden by a moderator.</p>;
  return <p className="message__body">{message.body}</p>;
}

/**
 * One stored message: who, when, the text, reactions; Edit, Delete and Report as the server allows (`can`: the
 * message's viewerCan). `mine` only styles it.
 */
export function MessageItem({
  message,
  mine,
  can,
  actions,
}: {
  message: LiveMessage;
  mine: boolean;
  can: MessagePermissions;
  actions: MessageActions;
}) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(message.body);
  const [problem, setProblem] = useState('');
  const editBox = useRef<HTMLTextAreaElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Opening the edit box puts the focus in it; closing it puts the focus back on "Edit".
  useEffect(() => {
    if (editing) editBox.current?.focus();
    else if (wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const author = message.author?.displayName ?? 'Former member';
  const gone = message.deleted || message.hidden;
  const whose = mine ? ' your message' : ` ${author}’s message`;

  const save = (event: FormEvent) => {
    event.preventDefault();
    setProblem('');
    actions.edit(message.id, draft).then(
      () => setEditing(false),
      () => setProblem('Your change was not saved. Your text is still here; please try again.'),
    );
  };
  const remove = () => {
    if (!window.confirm('Delete this message? Others will see that it was deleted.')) return;
    actions.remove(message.id).catch(() => setProblem('The message was not deleted. Please try again.'));
  };

  return (
    <article
      className={mine ? 'message message--mine' : 'message'}
      aria-label={`${author}, ${shortTime(message.createdAt)}`}
    >
      <header className="message__meta">
        <strong>{author}</strong> <time dateTime={message.createdAt}>{shortTime(message.createdAt)}</time>
        {message.editedAt && !gone && <span className="quiet"> (edited)</span>}
      </header>
      {editing ? (
        <form className="message__edit" onSubmit={save}>
          <label className="field__label" htmlFor={`edit-${message.id}`}>
            Edit your message
          </label>
          <textarea
            id={`edit-${message.id}`}
            ref={editBox}
            className="field__input"
            rows={3}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setEditing(false);
            }}
          />
          <div className="button-row button-row--compact">
            <button type="submit" className="button button--primary button--small">
              Save
            </button>
            <button type="button" className="button button--small" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <MessageBody message={message} />
      )}
      {!gone && (
        <div className="message__actions">
          <MessageReactions
            reactions={message.reactions}
            author={author}
            onToggle={(emoji) => actions.react(message.id, emoji)}
          />
          {can.report && (
            <ReportButton subjectType="MESSAGE" subjectId={message.id} subjectLabel={`${author}’s message`} />
          )}
          {(can.edit || can.delete) && !editing && (
            <div className="button-row button-row--compact">
              {can.edit && (
                <button
                  ref={editButton}
                  type="button"
                  className="button button--small"
                  onClick={() => {
                    setDraft(message.body);
                    setEditing(true);
                  }}
                >
                  Edit<span className="visually-hidden">{whose}</span>
                </button>
              )}
              {can.delete && (
                <button type="button" className="button button--small button--warning" onClick={remove}>
                  Delete<span className="visually-hidden">{whose}</span>
                </button>
              )}
            </div>
          )}
        </div>
      )}
      {problem && (
        <p className="inline-error" role="alert">
          {problem}
        </p>
      )}
    </article>
  );
}
