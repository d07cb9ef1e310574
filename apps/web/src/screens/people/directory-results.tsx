import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { appendPage } from '../../graphql/connection';
import { DIRECTORY, type MemberFilter, type MemberPage } from '../../graphql/people-operations';
import { useAnnounce } from '../../ui/announcer';
import { MemberCard } from '../../ui/people/member-card';
import { countWords } from '../../ui/people/people-words';

const PAGE_SIZE = 20;

/**
 * The members the filter finds: how many, their cards, and "Show more" for the next page (the focus goes to the
 * first new card). Tells its parent the latest facet counts.
 */
export function DirectoryResults({
  filter,
  onFacets,
  onClear,
}: {
  filter: MemberFilter;
  onFacets: (facets: MemberPage['facets']) => void;
  onClear: () => void;
}) {
  const { data, error, loading, fetchMore } = useQuery(DIRECTORY, {
    variables: { filter, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const announce = useAnnounce();
  const [loadingMore, setLoadingMore] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const [focusCard, setFocusCard] = useState<number | null>(null);
  const page = data?.members;

  useEffect(() => {
    if (page) onFacets(page.facets);
  }, [page, onFacets]);

  useEffect(() => {
    if (focusCard === null) return;
    const link = list.current?.querySelectorAll<HTMLAnchorElement>('.card__title a')[focusCard];
    if (link) {
      link.focus();
      setFocusCard(null);
    }
  }, [focusCard, page]);

  const showMore = async () => {
    if (!page?.pageInfo.endCursor || loadingMore) return;
    const shownBefore = page.edges.length;
    setLoadingMore(true);
    try {
      const more = await fetchMore({
        variables: { after: page.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          members: appendPage(previous.members, fetchMoreResult.members),
        }),
      });
      const added = more.data?.members.edges.length ?? 0;
      announce(`${countWords(added, 'more member')} shown.`);
      // The first new card's link takes the focus (once drawn), so the keyboard carries on from there.
      setFocusCard(shownBefore);
    } catch {
      announce('We could not load more members. Please try again.');
    } finally {
      setLoadingMore(false);
    }
  };

  if (error && !page) {
    return <p role="alert">We could not search the directory. Check your connection and try again.</p>;
  }
  return (
    <section className="directory-results" aria-labelledby="results-title" aria-busy={loading}>
      <h2 className="directory-results__title" id="results-title" tabIndex={-1}>
        Members
      </h2>
      <p className="directory-results__count" aria-live="polite" data-testid="member-count">
        {page ? countWords(page.totalCount, 'member') : 'Searching…'}
      </p>
      {page && page.edges.length === 0 && (
        <div className="people-empty">
          <p>No members match.</p>
          <p className="quiet">
            Try fewer filters, fewer words, or another spelling. A name, an organisation or a job title all
            work.
          </p>
          <button className="button button--secondary" type="button" onClick={onClear}>
            Clear the search and filters
          </button>
        </div>
      )}
      {page && page.edges.length > 0 && (
        <ul className="card-list" ref={list} aria-label="Members found" data-testid="directory-results">
          {page.edges.map(({ node }) => (
            <li key={node.id}>
              <MemberCard member={node} />
            </li>
          ))}
        </ul>
      )}
      {page?.pageInfo.hasNextPage && (
        <button
          className="button button--secondary"
          type="button"
          aria-disabled={loadingMore}
          onClick={() => void showMore()}
        >
          {loadingMore ? 'Loading more members…' : 'Show more members'}
        </button>
      )}
    </section>
  );
}
