import { useQuery } from '@apollo/client/react';
import { startTransition, useCallback, useMemo, useOptimistic, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { TAXONOMY, type MemberPage } from '../../graphql/people-operations';
import { Screen } from '../../ui/layout/screen';
import { filterOf, PARAM } from './directory-params';
import { DirectoryFilters } from './directory-filters';
import { DirectoryResults } from './directory-results';
import { SuggestedPeers } from './suggested-peers';
import '../../styles/people.css';

/** The directory: search by words, filter with counts, results page by page, and suggested pairs. */
export function DirectoryScreen() {
  const [params, setParams] = useSearchParams();
  // The boxes show a change at once, while the address (and so the results) follow it.
  const [shownParams, showParams] = useOptimistic(params);
  const change = useCallback(
    (next: URLSearchParams) =>
      startTransition(() => {
        showParams(next);
        setParams(next);
      }),
    [setParams, showParams],
  );
  const taxonomy = useQuery(TAXONOMY);
  const [facets, setFacets] = useState<MemberPage['facets'] | undefined>(undefined);
  const filter = useMemo(() => filterOf(params), [params]);
  const text = params.get(PARAM.text) ?? '';
  const onFacets = useCallback((next: MemberPage['facets']) => setFacets(next), []);

  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const field = event.currentTarget.elements.namedItem('q');
    const words = field instanceof HTMLInputElement ? field.value.trim() : '';
    const next = new URLSearchParams(params);
    if (words) next.set(PARAM.text, words);
    else next.delete(PARAM.text);
    setParams(next);
  };

  return (
    <Screen
      title="Directory"
      lead="Find peers by name, region, topic, cohort or the kind of leader they are."
    >
      <SuggestedPeers />
      <form className="directory-search" role="search" aria-label="Members" onSubmit={search}>
        <label className="field__label" htmlFor="directory-search-text">
          Search members
        </label>
        <p className="field__hint" id="directory-search-hint">
          A name, organisation, job title or words from a profile. Small spelling mistakes are fine.
        </p>
        <div className="directory-search__row">
          {/* Keyed by the address's words, so that Back shows the search that was made then. */}
          <input
            key={text}
            className="field__input directory-search__input"
            id="directory-search-text"
            name="q"
            type="search"
            defaultValue={text}
            aria-describedby="directory-search-hint"
            autoComplete="off"
          />
          <button className="button button--primary" type="submit">
            Search
          </button>
        </div>
      </form>
      <div className="directory-layout">
        <DirectoryFilters params={shownParams} onChange={change} taxonomy={taxonomy.data} facets={facets} />
        <DirectoryResults filter={filter} onFacets={onFacets} onClear={() => change(new URLSearchParams())} />
      </div>
    </Screen>
  );
}
