import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { CREATE_COHORT, TAXONOMY } from '../../graphql/admin-operations';
import { AdminNav } from '../../ui/admin/admin-nav';
import { TaxonomyList } from '../../ui/admin/taxonomy-list';
import { useAnnounce } from '../../ui/announcer';
import { ConferForm } from '../../ui/form/confer-form';
import { FormField } from '../../ui/form/form-field';
import { Screen } from '../../ui/layout/screen';

/** /admin/cohorts: the programme's cohorts; add one. */
export function CohortsScreen() {
  const announce = useAnnounce();
  const { data, loading, error } = useQuery(TAXONOMY);
  const [createCohort] = useMutation(CREATE_COHORT, {
    refetchQueries: [{ query: TAXONOMY }],
    awaitRefetchQueries: true,
  });
  const [formKey, setFormKey] = useState(0);
  const cohorts = [...(data?.cohorts ?? [])].sort((a, b) => b.year - a.year || a.name.localeCompare(b.name));

  return (
    <Screen title="Cohorts" lead="The groups of people who took the programme together.">
      <AdminNav />
      <h2>Add a cohort</h2>
      <ConferForm
        key={formKey}
        label="Add a cohort"
        submitLabel="Add the cohort"
        submittingLabel="Adding…"
        onSubmit={async (values) => {
          const year = Number(values.year);
          const result = await createCohort({
            variables: { input: { name: values.name ?? '', year: Number.isInteger(year) ? year : 0 } },
          });
          if (!result.data) return;
          setFormKey((key) => key + 1);
          announce(`Cohort ${result.data.createCohort.name} added.`);
        }}
      >
        <FormField name="name" label="Cohort name" hint="As members know it, e.g. “Spring leaders”." />
        <FormField
          name="year"
          label="Year"
          inputMode="numeric"
          autoComplete="off"
          hint="For example, 2024."
        />
      </ConferForm>
      <TaxonomyList
        what="cohorts"
        failed={Boolean(error && !data)}
        loading={loading && !data}
        count={cohorts.length}
      >
        {cohorts.map((cohort) => (
          <li className="admin-item" key={cohort.id}>
            <p className="admin-item__title">{cohort.name}</p>
            <p className="quiet">{cohort.year}</p>
          </li>
        ))}
      </TaxonomyList>
    </Screen>
  );
}
