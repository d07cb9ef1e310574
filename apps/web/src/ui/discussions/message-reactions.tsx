import { useRef, useState } from 'react';
import type { Reaction } from './live-thread-state';

/** The reactions the server allows, with names for screen readers. */
const EMOJI: Array<[string, string]> = [
  ['👍', 'thumbs up'],
  ['❤️', 'heart'],
  ['😂', 'laughing'],
  ['🎉', 'celebrate'],
  ['🙏', 'thank you'],
  ['👏', 'applause'],
  ['💡', 'idea'],
  ['😮', 'surprised'],
  ['😢', 'sad'],
];
const nameOf = (emoji: string) => EMOJI.find(([e]) => e === emoji)?.[1] ?? emoji;

/** A message's reactions as toggle buttons (pressed: yours), and a small picker to add one. */
export function MessageReactions({
  reactions,
  onToggle,
  author,
}: {
  reactions: Reaction[];
  onToggle: (emoji: string) => Promise<void>;
  author: string;
}) {
  const [picking, setPicking] = useState(false);
  const [problem, setProblem] = useState('');
  const reactButton = useRef<HTMLButtonElement>(null);
  /** Closes the picker, the focus back on "React" (the picker's buttons are gone). */
  const closePicker = () => {
    setPicking(false);
    reactButton.current?.focus();
  };
  const toggle = (emoji: string, fromPicker = false) => {
    setProblem('');
    onToggle(emoji).then(
      () => fromPicker && closePicker(),
      () => setProblem('That reaction did not go through. Please try again.'),
    );
  };
  return (
    <div className="reactions">
      {reactions.map((reaction) => (
        <button
          key={reaction.emoji}
          type="button"
          className="reaction"
          aria-pressed={reaction.viewerReacted}
          aria-label={`${nameOf(reaction.emoji)}: ${reaction.count}${reaction.viewerReacted ? ', including you' : ''}`}
          onClick={() => toggle(reaction.emoji)}
        >
          <span aria-hidden="true">{reaction.emoji}</span> {reaction.count}
        </button>
      ))}
      <button
        ref={reactButton}
        type="button"
        className="button button--small"
        aria-expanded={picking}
        onClick={() => setPicking(!picking)}
      >
        React<span className="visually-hidden"> to {author}&apos;s message</span>
      </button>
      {picking && (
        <div
          className="reaction-picker"
          role="group"
          aria-label="Choose a reaction"
          onKeyDown={(event) => event.key === 'Escape' && closePicker()}
        >
          {EMOJI.map(([emoji, name]) => (
            <button
              key={emoji}
              type="button"
              className="reaction"
              aria-label={name}
              title={name}
              onClick={() => toggle(emoji, true)}
            >
              {emoji}
            </button>
          ))}
        </div>
      )}
      {problem && (
        <span className="inline-error" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
