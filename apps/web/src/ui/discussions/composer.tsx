import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { loadDraft, saveDraft } from './live-thread-state';

/**
 * Writing a message: Enter sends, Shift+Enter starts a new line. The draft is kept in this tab for the thread
 * (a reload keeps it), and typing is told to the others now and then.
 */
export function Composer({
  threadId,
  onSend,
  onTyping,
}: {
  threadId: string;
  onSend: (body: string) => void;
  onTyping: () => void;
}) {
  const [text, setText] = useState(() => loadDraft(threadId));
  const lastTyping = useRef(0);

  const change = (value: string) => {
    setText(value);
    saveDraft(threadId, value);
    if (Date.now() - lastTyping.current > 2_500) {
      lastTyping.current = Date.now();
      onTyping();
    }
  };
  const send = (event?: FormEvent) => {
    event?.preventDefault();
    const body = text.trim();
    if (!body) return;
    onSend(body);
    setText('');
    saveDraft(threadId, '');
  };
  const keyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };

  return (
    <form className="composer" onSubmit={send} aria-label="Write a message">
      <label className="field__label" htmlFor="composer-text">
        Your message
      </label>
      <p className="field__hint" id="composer-hint">
        Enter sends; Shift and Enter start a new line.
      </p>
      <div className="composer__row">
        <textarea
          id="composer-text"
          className="field__input composer__text"
          rows={3}
          value={text}
          aria-describedby="composer-hint"
          onChange={(event) => change(event.target.value)}
          onKeyDown={keyDown}
        />
        <button type="submit" className="button button--primary">
          Send
        </button>
      </div>
    </form>
  );
}
