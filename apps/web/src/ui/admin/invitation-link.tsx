import { useEffect, useId, useRef, useState } from 'react';
import type { Invitation } from '../../graphql/admin-operations';
import { useAnnounce } from '../announcer';

/** The link a new member registers with: this app's /register page carrying the invitation code. */
function invitationLink(token: string): string {
  return `${window.location.origin}/register?invitation=${encodeURIComponent(token)}`;
}

/**
 * Just after an invitation is made: where it went, and its one-time link to copy and send another way. It takes the
 * focus, so that keyboard and screen-reader users land on it.
 */
export function InvitationLink({ invitation, token }: { invitation: Invitation; token: string }) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const announce = useAnnounce();
  const [copied, setCopied] = useState(false);
  const link = invitationLink(token);
  useEffect(() => heading.current?.focus(), [token]);

  const copy = () => {
    navigator.clipboard.writeText(link).then(
      () => {
        setCopied(true);
        announce('Invitation link copied.');
      },
      () => announce('Copying did not work here: select the link and copy it yourself.'),
    );
  };

  return (
    <section className="admin-panel admin-panel--done" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        Invitation made for {invitation.email}
      </h2>
      <p>
        We are e-mailing it to them. If it does not arrive, copy this link and send it to them yourself. It is
        shown only once, works once, and until{' '}
        {new Date(invitation.expiresAt).toLocaleDateString('en-GB', { dateStyle: 'long' })}.
      </p>
      <label className="field__label" htmlFor={`${id}-link`}>
        Invitation link
      </label>
      <input
        className="field__input admin-link"
        id={`${id}-link`}
        readOnly
        value={link}
        data-testid="invitation-link"
        onFocus={(event) => event.currentTarget.select()}
      />
      <p>
        <button className="button button--secondary" type="button" onClick={copy}>
          {copied ? 'Copied' : 'Copy the link'}
        </button>
      </p>
      <p className="quiet">
        Invitation code (for typing in by hand): <code data-testid="invitation-token">{token}</code>
      </p>
    </section>
  );
}
