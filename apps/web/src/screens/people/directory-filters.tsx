import { useState } from 'react';
import type { Cohort, FacetCount, MemberPage, Region, Topic } from '../../graphql/people-operations';
import { LEADER_TYPE_CODES, LEADER_TYPES } from '../../ui/people/people-words';
import { filterCount, PARAM, toggled, type ListFilter } from './directory-params';
import { FilterGroup, type FilterOption } from './filter-group';

export interface DirectoryFiltersProps {
  params: URLSearchParams;
  onChange: (next: URLSearchParams) => void;
  taxonomy: { regions: Region[]; topics: Topic[]; cohorts: Cohort[] } | undefined;
  /** The latest counts; undefined while the first page loads. */
  facets: MemberPage['facets'] | undefined;
}

function withCounts(
  values: Array<{ value: string; label: string }>,
  counts: FacetCount[] | undefined,
): FilterOption[] {
  const byValue = new Map((counts ?? []).map((facet) => [facet.value, facet.count]));
  return values.map((v) => ({ ...v, count: counts ? (byValue.get(v.value) ?? 0) : undefined }));
}

/**
 * The directory's filters: region, topic, kind of leader, cohort, open to pairing, with counts beside each value.
 * On a small screen they fold away behind a "Filters" button.
 */
export function DirectoryFilters({ params, onChange, taxonomy, facets }: DirectoryFiltersProps) {
  const [open, setOpen] = useState(false);
  const active = filterCount(params);
  const toggle = (key: ListFilter) => (value: string, on: boolean) =>
    onChange(toggled(params, key, value, on));
  const clearAll = () => {
    const next = new URLSearchParams();
    const text = params.get(PARAM.text);
    if (text) next.set(PARAM.text, text);
    onChange(next);
  };

  return (
    <section
      className={open ? 'directory-filters directory-filters--open' : 'directory-filters'}
      aria-labelledby="filters-title"
    >
      <h2 className="directory-filters__title" id="filters-title">
        Filters
      </h2>
      <a className="skip-inline" href="#results-title">
        Skip the filters to the results
      </a>
      <button
        className="button button--secondary directory-filters__toggle"
        type="button"
        aria-expanded={open}
        aria-controls="directory-filters-panel"
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide filters' : 'Show filters'}
        {active > 0 && ` (${active} on)`}
      </button>
      <div className="directory-filters__panel" id="directory-filters-panel">
        <FilterGroup
          legend="Region"
          options={withCounts(
            taxonomy?.regions.map((r) => ({ value: r.code, label: r.name })) ?? [],
            facets?.regions,
          )}
          checked={params.getAll(PARAM.regions)}
          onToggle={toggle('regions')}
        />
        <FilterGroup
          legend="Topic"
          options={withCounts(
            taxonomy?.topics.map((t) => ({ value: t.slug, label: t.name })) ?? [],
            facets?.topics,
          )}
          checked={params.getAll(PARAM.topics)}
          onToggle={toggle('topics')}
        />
        <FilterGroup
          legend="Kind of leader"
          options={withCounts(
            LEADER_TYPE_CODES.map((code) => ({ value: code, label: LEADER_TYPES[code] })),
            facets?.leaderTypes,
          )}
          checked={params.getAll(PARAM.leaderTypes)}
          onToggle={toggle('leaderTypes')}
        />
        <FilterGroup
          legend="Cohort"
          options={taxonomy?.cohorts.map((c) => ({ value: c.id, label: `${c.name} (${c.year})` })) ?? []}
          checked={params.getAll(PARAM.cohortIds)}
          onToggle={toggle('cohortIds')}
        />
        <fieldset className="filter-group">
          <legend className="filter-group__legend">Pairing</legend>
          <div className="checkbox">
            <input
              className="checkbox__input"
              type="checkbox"
              id="filter-open-to-pairing"
              checked={params.get(PARAM.openToPairing) === 'yes'}
              onChange={(event) => {
                const next = new URLSearchParams(params);
                if (event.currentTarget.checked) next.set(PARAM.openToPairing, 'yes');
                else next.delete(PARAM.openToPairing);
                onChange(next);
              }}
            />
            <label className="checkbox__label" htmlFor="filter-open-to-pairing">
              Only members open to pairing
            </label>
          </div>
        </fieldset>
        {active > 0 && (
          <button className="button button--secondary" type="button" onClick={clearAll}>
            Clear all filters
          </button>
        )}
      </div>
    </section>
  );
}
