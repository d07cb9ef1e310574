import { useId, useState } from 'react';
import { countWords } from '../../ui/people/people-words';

export interface FilterOption {
  value: string;
  label: string;
  /** Members matching with this value ticked (the other filters counted); undefined when not known. */
  count?: number;
}

/** Longer lists show only the values that would find someone (and the ticked ones) until asked for all. */
const SHORT_LIST = 8;

/** One filter of the directory: a fieldset of boxes, each with how many members it would show. */
export function FilterGroup({
  legend,
  options,
  checked,
  onToggle,
}: {
  legend: string;
  options: FilterOption[];
  checked: string[];
  onToggle: (value: string, on: boolean) => void;
}) {
  const id = useId();
  const [showAll, setShowAll] = useState(false);
  if (options.length === 0) return null;
  const useful = options.filter((o) => o.count === undefined || o.count > 0 || checked.includes(o.value));
  const folding = options.length > SHORT_LIST && useful.length < options.length;
  const shown = folding && !showAll ? useful : options;
  return (
    <fieldset className="filter-group">
      <legend className="filter-group__legend">{legend}</legend>
      {shown.length === 0 && <p className="quiet filter-group__none">None with members here.</p>}
      <ul className="choices__list" id={`${id}-list`}>
        {shown.map((option) => (
          <li className="checkbox" key={option.value}>
            <input
              className="checkbox__input"
              type="checkbox"
              id={`${id}-${option.value}`}
              checked={checked.includes(option.value)}
              onChange={(event) => onToggle(option.value, event.currentTarget.checked)}
            />
            <label className="checkbox__label" htmlFor={`${id}-${option.value}`}>
              {option.label}
              {option.count !== undefined && (
                <span className="facet-count"> ({countWords(option.count, 'member')})</span>
              )}
            </label>
          </li>
        ))}
      </ul>
      {folding && (
        <button
          className="people-link-button"
          type="button"
          aria-expanded={showAll}
          aria-controls={`${id}-list`}
          onClick={() => setShowAll(!showAll)}
        >
          {showAll
            ? `Show only those with members`
            : `Show all ${options.length} (${options.length - useful.length} with no members)`}
          <span className="visually-hidden"> in {legend}</span>
        </button>
      )}
    </fieldset>
  );
}
