import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { appendPage } from '../../graphql/connection';
import { GROUPS, TAXONOMY } from '../../graphql/groups-operations';
import { GroupCard } from '../../ui/discussions/group-card';
import { FilterSelect } from '../../ui/form/filter-select';
import { ShowMore } from '../../ui/show-more';
import { Screen } from '../../ui/layout/screen';
import { CreateGroupForm } from './create-group-form';
import '../../styles/discussions.css';

/** A list of groups from `groups(filter)`, with "Show more". */
function GroupList({
  filter,
  empty,
  what,
}: {
  filter: { text?: string; joinedOnly?: boolean };
  empty: string;
  what: string;
}) {
  const { data, error, loading, fetchMore } = useQuery(GROUPS, { variables: { filter, first: 20 } });
  if (!data && loading) return <p className="quiet">Loading {what}…</p>;
  if (!data && error)
    return <p className="inline-error">We could not load {what}. Please reload the page.</p>;
  const groups = data?.groups;
  if (!groups || groups.edges.length === 0) return <p className="quiet">{empty}</p>;
  return (
    <>
      <ul className="card-list">
        {groups.edges.map((edge) => (
          <GroupCard key={edge.node.id} group={edge.node} />
        ))}
      </ul>
      <ShowMore
        what={what}
        pageInfo={groups.pageInfo}
        load={(after) =>
          fetchMore({
            variables: { after },
            updateQuery: (shown, { fetchMoreResult }) => ({
              groups: appendPage(shown.groups, fetchMoreResult.groups),
            }),
          })
        }
      />
    </>
  );
}

type Search = { text: string; region: string; topic: string };
const NO_SEARCH: Search = { text: '', region: '', topic: '' };

function searchWords(
  search: Search,
  taxonomy:
    | { regions: Array<{ code: string; name: string }>; topics: Array<{ slug: string; name: string }> }
    | undefined,
) {
  const parts = [
    search.text && `matching “${search.text}”`,
    search.region &&
      `in ${taxonomy?.regions.find((region) => region.code === search.region)?.name ?? search.region}`,
    search.topic &&
      `about ${taxonomy?.topics.find((topic) => topic.slug === search.topic)?.name ?? search.topic}`,
  ].filter(Boolean);
  return parts.length ? `Groups ${parts.join(', ')}` : 'All groups you can see';
}

/** Groups: yours first, then the ones to discover (words, region, topic), and starting a new one. */
export function GroupsScreen() {
  const { data: taxonomy } = useQuery(TAXONOMY);
  const [form, setForm] = useState<Search>(NO_SEARCH);
  const [searched, setSearched] = useState<Search>(NO_SEARCH);
  const search = (event: FormEvent) => {
    event.preventDefault();
    setSearched({ ...form, text: form.text.trim() });
  };
  const filter = {
    ...(searched.text ? { text: searched.text } : {}),
    ...(searched.region ? { regions: [searched.region] } : {}),
    ...(searched.topic ? { topics: [searched.topic] } : {}),
  };
  const anything = Object.keys(filter).length > 0;
  return (
    <Screen
      title="Groups"
      lead="Groups are where members talk about what they share: a topic, a place, an interest."
    >
      <section className="section" aria-labelledby="your-groups-heading">
        <h2 id="your-groups-heading">Your groups</h2>
        <GroupList
          filter={{ joinedOnly: true }}
          what="your groups"
          empty="You have not joined a group yet."
        />
      </section>
      <section className="section" aria-labelledby="discover-heading">
        <h2 id="discover-heading">Discover groups</h2>
        <form className="search-form group-search" role="search" aria-label="Groups" onSubmit={search}>
          <div className="field">
            <label className="field__label" htmlFor="group-search">
              Search groups
            </label>
            <input
              id="group-search"
              className="field__input"
              type="search"
              value={form.text}
              onChange={(event) => setForm({ ...form, text: event.target.value })}
            />
          </div>
          <div className="group-search__choices">
            <FilterSelect
              id="group-region"
              label="Region"
              anyLabel="Any region"
              options={(taxonomy?.regions ?? []).map((region) => ({
                value: region.code,
                label: region.name,
              }))}
              value={form.region}
              onChange={(event) => setForm({ ...form, region: event.target.value })}
            />
            <FilterSelect
              id="group-topic"
              label="Topic"
              anyLabel="Any topic"
              options={(taxonomy?.topics ?? []).map((topic) => ({ value: topic.slug, label: topic.name }))}
              value={form.topic}
              onChange={(event) => setForm({ ...form, topic: event.target.value })}
            />
          </div>
          <button className="button button--primary" type="submit">
            Search
          </button>
        </form>
        <p className="quiet" aria-live="polite">
          {searchWords(searched, taxonomy)}
        </p>
        <GroupList
          key={JSON.stringify(searched)}
          filter={filter}
          what="groups"
          empty={
            anything
              ? 'No group matches this search. Try fewer words or another region or topic.'
              : 'There are no groups yet.'
          }
        />
      </section>
      <CreateGroupForm />
    </Screen>
  );
}
