import type { ReactNode } from 'react';

/**
 * "All topics", "All cohorts": the list under an admin page's "Add" form, with a note instead while it first loads,
 * if it could not, or when there is nothing yet.
 */
export function TaxonomyList({
  what,
  loading,
  failed,
  count,
  children,
}: {
  /** What the list holds, in the plural: "topics", "cohorts". */
  what: string;
  /** Still waiting for the first answer. */
  loading: boolean;
  /** No answer could be had. */
  failed: boolean;
  count: number;
  /** The items (<li>). */
  children: ReactNode;
}) {
  const headingId = `${what}-heading`;
  return (
    <>
      <h2 id={headingId}>All {what}</h2>
      {failed ? (
        <p role="alert">We could not load the {what}. Check your connection and reload the page.</p>
      ) : loading ? (
        <p role="status">Loading {what}…</p>
      ) : count === 0 ? (
        <p className="empty-state">There are no {what} yet. Add the first one above.</p>
      ) : (
        <ul className="admin-list" aria-labelledby={headingId}>
          {children}
        </ul>
      )}
    </>
  );
}
