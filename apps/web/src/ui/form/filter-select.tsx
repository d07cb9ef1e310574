import type { SelectHTMLAttributes } from 'react';

export interface FilterSelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'> {
  id: string;
  label: string;
  /** The first choice, with the value "": no filter, e.g. "Any region". */
  anyLabel: string;
  options: Array<{ value: string; label: string }>;
}

/** A labelled drop-down narrowing a list (a search form's, not a <ConferForm>'s: nothing to report on). */
export function FilterSelect({ id, label, anyLabel, options, ...select }: FilterSelectProps) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select {...select} className="field__input" id={id}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
