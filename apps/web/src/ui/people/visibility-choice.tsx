import { useId } from 'react';
import type { FieldVisibility, ProfileField } from '../../graphql/people-operations';
import { VISIBILITY_CODES, VISIBILITY_WORDS } from './people-words';

/** The form value's name for who sees a profile field: `visibility-BIO`. */
export const visibilityName = (field: ProfileField) => `visibility-${field}`;

/** "Who sees this": a small drop-down beside a profile field, in plain words. */
export function VisibilityChoice({
  field,
  what,
  current,
}: {
  field: ProfileField;
  /** The field in words, for the label: "your bio". */
  what: string;
  current: FieldVisibility;
}) {
  const id = useId();
  return (
    <div className="visibility-choice">
      <label className="visibility-choice__label" htmlFor={id}>
        Who sees {what}
      </label>
      <select
        className="visibility-choice__select"
        id={id}
        name={visibilityName(field)}
        defaultValue={current}
      >
        {VISIBILITY_CODES.map((code) => (
          <option key={code} value={code}>
            {VISIBILITY_WORDS[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
