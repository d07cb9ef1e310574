import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { CREATE_TOPIC, TAXONOMY } from '../../graphql/admin-operations';
import { AdminNav } from '../../ui/admin/admin-nav';
import { TaxonomyList } from '../../ui/admin/taxonomy-list';
import { TopicItem } from '../../ui/admin/topic-item';
import { useAnnounce } from '../../ui/announcer';
import { ConferForm } from '../../ui/form/confer-form';
import { FormField } from '../../ui/form/form-field';
import { Screen } from '../../ui/layout/screen';

/** /admin/topics: the topics members choose from; add one, or rename one. */
export function TopicsScreen() {
  const announce = useAnnounce();
  const { data, loading, error } = useQuery(TAXONOMY);
  const [createTopic] = useMutation(CREATE_TOPIC, {
    refetchQueries: [{ query: TAXONOMY }],
    awaitRefetchQueries: true,
  });
  const [formKey, setFormKey] = useState(0);
  const topics = [...(data?.topics ?? [])].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <Screen title="Topics" lead="The topics members pick for their profiles, groups and events.">
      <AdminNav />
      <h2>Add a topic</h2>
      <ConferForm
        key={formKey}
        label="Add a topic"
        submitLabel="Add the topic"
        submittingLabel="Adding…"
        onSubmit={async (values) => {
          const result = await createTopic({ variables: { input: { name: values.name ?? '' } } });
          if (!result.data) return;
          setFormKey((key) => key + 1);
          announce(`Topic ${result.data.createTopic.name} added.`);
        }}
      >
        <FormField name="name" label="Topic name" hint="Short and plain, e.g. “Mental health”." />
      </ConferForm>
      <TaxonomyList
        what="topics"
        failed={Boolean(error && !data)}
        loading={loading && !data}
        count={topics.length}
      >
        {topics.map((topic) => (
          <TopicItem key={topic.slug} topic={topic} />
        ))}
      </TaxonomyList>
    </Screen>
  );
}
