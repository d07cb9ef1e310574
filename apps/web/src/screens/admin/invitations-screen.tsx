import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import {
  CREATE_INVITATION,
  TAXONOMY,
  type Cohort,
  type Invitation,
  type MemberRole,
} from '../../graphql/admin-operations';
import { AdminNav } from '../../ui/admin/admin-nav';
import { InvitationLink } from '../../ui/admin/invitation-link';
import { whenWords } from '../../ui/admin/report-words';
import { useAnnounce } from '../../ui/announcer';
import { ConferForm } from '../../ui/form/confer-form';
import { FormField } from '../../ui/form/form-field';
import { SelectField } from '../../ui/form/select-field';
import { Screen } from '../../ui/layout/screen';

const ROLES: Array<{ value: MemberRole; label: string }> = [
  { value: 'MEMBER', label: 'Member' },
  { value: 'ORGANISER', label: 'Organiser (can run platform events and invite members)' },
  { value: 'ADMIN', label: 'Admin (can use these pages)' },
];

const roleWords = (role: MemberRole) => ({ MEMBER: 'Member', ORGANISER: 'Organiser', ADMIN: 'Admin' })[role];

function cohortWords(cohorts: Cohort[], id: string | null): string {
  const cohort = cohorts.find((c) => c.id === id);
  return cohort ? `${cohort.name} (${cohort.year})` : 'No cohort';
}

/** The invitations made on this page, with their state (Confer lists no earlier ones: each is mailed). */
function MadeInvitations({ made, cohorts }: { made: Invitation[]; cohorts: Cohort[] }) {
  return (
    <section aria-labelledby="made-heading">
      <h2 id="made-heading">Invitations you made just now</h2>
      {made.length === 0 ? (
        <p className="empty-state">
          None yet. Fill in the form above to invite someone; they get an e-mail with a link to join.
        </p>
      ) : (
        <ul className="admin-list" aria-labelledby="made-heading">
          {made.map((invitation) => (
            <li className="admin-item" key={invitation.id}>
              <p className="admin-item__title">{invitation.email}</p>
              <p>
                {roleWords(invitation.role)} · {cohortWords(cohorts, invitation.cohortId)}
              </p>
              <p className="quiet">
                {new Date(invitation.expiresAt) > new Date()
                  ? `Waiting to be used, until ${whenWords(invitation.expiresAt)}.`
                  : `Expired on ${whenWords(invitation.expiresAt)}.`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** /admin/invitations: invite a new member by e-mail, with their role and cohort. */
export function InvitationsScreen() {
  const announce = useAnnounce();
  const { data } = useQuery(TAXONOMY);
  const cohorts = data?.cohorts ?? [];
  const [createInvitation] = useMutation(CREATE_INVITATION);
  const [made, setMade] = useState<Invitation[]>([]);
  const [latest, setLatest] = useState<{ invitation: Invitation; token: string } | null>(null);
  const [formKey, setFormKey] = useState(0);

  return (
    <Screen
      title="Invitations"
      lead="Invite a new member. They get an e-mail with a link to create their account."
    >
      <AdminNav />
      {latest && <InvitationLink invitation={latest.invitation} token={latest.token} />}
      <h2>Invite someone</h2>
      <ConferForm
        key={formKey}
        label="Invite a new member"
        submitLabel="Send the invitation"
        submittingLabel="Sending…"
        onSubmit={async (values) => {
          const result = await createInvitation({
            variables: {
              input: {
                email: values.email ?? '',
                role: (values.role as MemberRole) || 'MEMBER',
                cohortId: values.cohortId || null,
              },
            },
          });
          const payload = result.data?.createInvitation;
          if (!payload) return;
          setMade((shown) => [payload.invitation, ...shown]);
          setLatest({ invitation: payload.invitation, token: payload.token });
          setFormKey((key) => key + 1);
          announce(`Invitation made for ${payload.invitation.email}.`);
        }}
      >
        <FormField name="email" label="Their e-mail address" type="email" autoComplete="off" />
        <SelectField name="role" label="Role" options={ROLES} defaultValue="MEMBER" />
        <SelectField
          name="cohortId"
          label="Cohort"
          hint="The programme cohort they were part of, if you know it."
          options={[
            { value: '', label: 'No cohort' },
            ...cohorts.map((cohort) => ({ value: cohort.id, label: `${cohort.name} (${cohort.year})` })),
          ]}
          defaultValue=""
        />
      </ConferForm>
      <MadeInvitations made={made} cohorts={cohorts} />
    </Screen>
  );
}
