import { useLazyQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FIND_MEMBERS, type Person } from '../../graphql/discussions-operations';

/**
 * Finds a member in the directory by name and offers one action per result ("Invite", "Message"): a search box,
 * then a list of buttons, each naming the member it is for.
 */
export function MemberPicker({
  label,
  actionLabel,
  onPick,
  id,
  exclude,
}: {
  /** A member not to offer (yourself). */
  exclude?: string;
  label: string;
  actionLabel: string;
  onPick: (member: Person) => Promise<unknown>;
  id: string;
}) {
  const [text, setText] = useState('');
  const [find, { data, loading, error, called }] = useLazyQuery(FIND_MEMBERS);
  const [busy, setBusy] = useState<string | null>(null);
  const search = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) void find({ variables: { text: text.trim() } });
  };
  const found = (data?.members.edges.map((edge) => edge.node) ?? []).filter(
    (member) => member.id !== exclude,
  );
  return (
    <div className="member-picker">
      <form role="search" aria-label="The directory" onSubmit={search} className="search-form">
        <label className="field__label" htmlFor={`${id}-text`}>
          {label}
        </label>
        <p className="field__hint" id={`${id}-hint`}>
          Type part of their name, then press Enter.
        </p>
        <div className="search-form__row">
          <input
            id={`${id}-text`}
            className="field__input"
            type="search"
            value={text}
            aria-describedby={`${id}-hint`}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="button button--secondary">
            Find
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {loading && <p className="quiet">Looking…</p>}
        {error && <p className="inline-error">We could not search the directory. Please try again.</p>}
        {called && !loading && data && found.length === 0 && (
          <p className="quiet">Nobody found with these words.</p>
        )}
        {found.length > 0 && <p className="visually-hidden">{found.length} found.</p>}
      </div>
      {found.length > 0 && (
        <ul className="picker-list">
          {found.map((member) => (
            <li key={member.id} className="picker-list__item">
              <span>
                <strong>{member.displayName}</strong> <span className="quiet">@{member.handle}</span>
                {member.headline && <span className="quiet picker-list__headline">{member.headline}</span>}
              </span>
              <button
                type="button"
                className="button button--small"
                aria-disabled={busy !== null}
                onClick={() => {
                  if (busy) return;
                  setBusy(member.id);
                  void onPick(member).finally(() => setBusy(null));
                }}
              >
                {busy === member.id ? 'Please wait…' : actionLabel}
                <span className="visually-hidden"> {member.displayName}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
