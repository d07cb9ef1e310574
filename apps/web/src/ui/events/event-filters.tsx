import { useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { EVENT_CHOICES } from '../../graphql/events-operations';
import { FilterSelect } from '../form/filter-select';

export interface EventFilterValues {
  text: string;
  region: string;
  topic: string;
}

const valueOf = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

/** Search words, a region and a topic; applied with the button (nothing changes while choosing). */
export function EventFilters({
  values,
  onApply,
}: {
  values: EventFilterValues;
  onApply: (values: EventFilterValues) => void;
}) {
  const { data } = useQuery(EVENT_CHOICES);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    onApply({
      text: valueOf(form, 'text').trim(),
      region: valueOf(form, 'region'),
      topic: valueOf(form, 'topic'),
    });
  };
  const filtered = values.text || values.region || values.topic;
  return (
    <form
      className="event-filters"
      role="search"
      aria-label="Find events"
      onSubmit={submit}
      key={`${data ? 1 : 0}|${values.text}|${values.region}|${values.topic}`}
    >
      <div className="field">
        <label className="field__label" htmlFor="event-filter-text">
          Words in the title or description
        </label>
        <input
          className="field__input"
          id="event-filter-text"
          name="text"
          type="search"
          defaultValue={values.text}
        />
      </div>
      <FilterSelect
        id="event-filter-region"
        label="Region"
        anyLabel="All regions"
        options={(data?.regions ?? []).map((region) => ({ value: region.code, label: region.name }))}
        name="region"
        defaultValue={values.region}
      />
      <FilterSelect
        id="event-filter-topic"
        label="Topic"
        anyLabel="All topics"
        options={(data?.topics ?? []).map((topic) => ({ value: topic.slug, label: topic.name }))}
        name="topic"
        defaultValue={values.topic}
      />
      <div className="event-filters__actions">
        <button className="button button--primary" type="submit">
          Show events
        </button>
        {filtered && <Link to="/events">Clear the filters</Link>}
      </div>
    </form>
  );
}
