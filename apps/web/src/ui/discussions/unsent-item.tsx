import type { UnsentMessage } from './live-thread-state';

/** A message written here and not stored yet: "Sending…", or "Not sent" with Retry (same clientId) and Discard. */
export function UnsentItem({
  message,
  onRetry,
  onDiscard,
}: {
  message: UnsentMessage;
  onRetry: () => void;
  onDiscard: () => void;
}) {
  const failed = message.state === 'failed';
  return (
    <article
      className={failed ? 'message message--mine message--failed' : 'message message--mine message--sending'}
      data-testid="unsent-message"
    >
      <header className="message__meta">
        <strong>You</strong>{' '}
        <span className={failed ? 'message__failed' : 'quiet'}>{failed ? 'Not sent' : 'Sending…'}</span>
      </header>
      <p className="message__body">{message.body}</p>
      {failed && message.reason && <p className="inline-error">{message.reason}</p>}
      {failed && (
        <div className="button-row button-row--compact">
          <button type="button" className="button button--primary button--small" onClick={onRetry}>
            Retry<span className="visually-hidden"> sending your message</span>
          </button>
          <button type="button" className="button button--small" onClick={onDiscard}>
            Discard<span className="visually-hidden"> your unsent message</span>
          </button>
        </div>
      )}
    </article>
  );
}
