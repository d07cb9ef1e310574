import { useState } from 'react';
import type { PageInfo } from '../graphql/connection';

/**
 * "Show more" under a list that has another page: asks for it (the new items follow on the page where the button
 * was, so Tab goes on into them), says while it is loading, and says so if it could not.
 */
export function ShowMore({
  pageInfo,
  load,
  what,
}: {
  pageInfo: PageInfo | undefined;
  /** Fetches the page after the cursor. */
  load: (after: string) => Promise<unknown>;
  /** What the list holds, e.g. "events": "Show more events". */
  what: string;
}) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  if (!pageInfo?.hasNextPage || !pageInfo.endCursor) return null;
  const after = pageInfo.endCursor;
  return (
    <div className="show-more">
      <button
        className="button button--secondary"
        type="button"
        aria-disabled={busy}
        onClick={() => {
          if (busy) return;
          setBusy(true);
          setFailed(false);
          load(after).then(
            () => setBusy(false),
            () => {
              setBusy(false);
              setFailed(true);
            },
          );
        }}
      >
        {busy ? `Loading more ${what}…` : `Show more ${what}`}
      </button>
      {failed && (
        <p className="field__error" role="alert">
          We could not load more {what}. Check your connection and try again.
        </p>
      )}
    </div>
  );
}
