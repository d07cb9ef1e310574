import { useMutation } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import {
  UPDATE_PROFILE,
  type Cohort,
  type FieldVisibility,
  type MyProfile,
  type ProfileField,
  type Region,
  type Topic,
} from '../../graphql/people-operations';
import { useAnnounce } from '../../ui/announcer';
import { ConferForm } from '../../ui/form/confer-form';
import { FormField, type FormFieldProps } from '../../ui/form/form-field';
import { CheckboxField } from '../../ui/form/checkbox-field';
import { CheckboxGroupField } from '../../ui/form/checkbox-group-field';
import { LEADER_TYPE_CODES, LEADER_TYPES } from '../../ui/people/people-words';
import { SelectField } from '../../ui/form/select-field';
import { TextAreaField } from '../../ui/form/text-area-field';
import { VisibilityChoice } from '../../ui/people/visibility-choice';
import { LivedExperienceSection } from './lived-experience-section';
import { plainProfileError, profileInputOf, TOPIC_PREFIX } from './profile-input';

export interface ProfileFormProps {
  me: MyProfile;
  consentWording: string;
  taxonomy: { regions: Region[]; topics: Topic[]; cohorts: Cohort[] };
}

/** The choices of a drop-down that may be left unanswered: "Not said" first. */
const withNotSaid = (options: Array<{ value: string; label: string }>) => [
  { value: '', label: 'Not said' },
  ...options,
];

/** A one-line field of the profile with what comes after it (who sees it) under it. */
function ProfileFormField({ after, ...field }: FormFieldProps & { after: ReactNode }) {
  return (
    <div className="profile-field">
      <FormField {...field} />
      {after}
    </div>
  );
}

/** Every part of my profile, each with who sees it beside it; saving says so (and is announced). */
export function ProfileForm({ me, consentWording, taxonomy }: ProfileFormProps) {
  const [update] = useMutation(UPDATE_PROFILE);
  const announce = useAnnounce();
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const audience = (field: ProfileField): FieldVisibility =>
    me.visibility?.find((v) => v.field === field)?.visibility ?? 'MEMBERS';
  /** "Who sees …" under a field. */
  const whoSees = (field: ProfileField, what: string) => (
    <VisibilityChoice field={field} what={what} current={audience(field)} />
  );
  const consentGiven = Boolean(me.consents?.some((c) => c.kind === 'LIVED_EXPERIENCE' && !c.withdrawnAt));

  const submit = async (values: Record<string, string>) => {
    setSavedAt(null);
    try {
      await update({ variables: { input: profileInputOf(values) } });
    } catch (error) {
      throw plainProfileError(error);
    }
    const time = new Date().toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
    setSavedAt(time);
    announce('Your profile is saved.');
  };

  return (
    <>
      <ConferForm
        onSubmit={submit}
        submitLabel="Save my profile"
        submittingLabel="Saving your profile…"
        label="My profile"
      >
        <fieldset className="profile-section">
          <legend className="profile-section__title">Your name and handle</legend>
          <p className="quiet">All members always see your name and handle.</p>
          <FormField
            name="displayName"
            label="Your name"
            autoComplete="name"
            defaultValue={me.displayName}
            maxLength={80}
          />
          <FormField
            name="handle"
            label="Handle"
            hint="3 to 30 lower-case letters, digits, “-” or “_”. Others mention you in messages with @ and your handle."
            defaultValue={me.handle}
            autoComplete="off"
            spellCheck={false}
          />
          <ProfileFormField
            name="pronouns"
            label="Pronouns"
            hint="Optional, for example she/her."
            defaultValue={me.pronouns ?? ''}
            maxLength={40}
            after={whoSees('PRONOUNS', 'your pronouns')}
          />
          <FormField
            name="avatarUrl"
            label="Picture address"
            hint="Optional: the address of a picture of you, starting https://"
            type="url"
            defaultValue={me.avatarUrl ?? ''}
            spellCheck={false}
          />
        </fieldset>

        <fieldset className="profile-section">
          <legend className="profile-section__title">About you</legend>
          <ProfileFormField
            name="headline"
            label="Headline"
            hint="One line about what you do, up to 120 characters."
            defaultValue={me.headline ?? ''}
            maxLength={120}
            after={whoSees('HEADLINE', 'your headline')}
          />
          <TextAreaField
            name="bio"
            label="About you"
            hint="Up to 2,000 characters."
            defaultValue={me.bio ?? ''}
            maxLength={2000}
            rows={4}
            after={whoSees('BIO', 'your about you text')}
          />
          <SelectField
            name="leaderType"
            label="The kind of leader you are"
            defaultValue={me.leaderType ?? ''}
            options={withNotSaid(
              LEADER_TYPE_CODES.map((code) => ({ value: code, label: LEADER_TYPES[code] })),
            )}
            after={<p className="quiet visibility-note">All members see this.</p>}
          />
          <ProfileFormField
            name="organisation"
            label="Organisation"
            defaultValue={me.organisation ?? ''}
            maxLength={120}
            after={whoSees('ORGANISATION', 'your organisation')}
          />
          <ProfileFormField
            name="jobTitle"
            label="Job title or role"
            defaultValue={me.jobTitle ?? ''}
            maxLength={120}
            after={whoSees('JOB_TITLE', 'your job title')}
          />
          <SelectField
            name="regionCode"
            label="Region"
            defaultValue={me.region?.code ?? ''}
            options={withNotSaid(taxonomy.regions.map((r) => ({ value: r.code, label: r.name })))}
            after={whoSees('REGION', 'your region')}
          />
          <CheckboxGroupField
            name="topicSlugs"
            legend="Topics you care about"
            hint="Choose up to 10."
            prefix={TOPIC_PREFIX}
            options={taxonomy.topics.map((t) => ({ value: t.slug, label: t.name }))}
            checked={new Set((me.topics ?? []).map((t) => t.slug))}
            after={whoSees('TOPICS', 'your topics')}
          />
          <SelectField
            name="cohortId"
            label="Your cohort of the programme"
            defaultValue={me.cohort?.id ?? ''}
            options={withNotSaid(
              taxonomy.cohorts.map((c) => ({ value: c.id, label: `${c.name} (${c.year})` })),
            )}
            after={whoSees('COHORT', 'your cohort')}
          />
        </fieldset>

        <LivedExperienceSection key={consentGiven ? 'given' : 'not-given'} me={me} wording={consentWording} />

        <fieldset className="profile-section">
          <legend className="profile-section__title">Finding you</legend>
          <CheckboxField
            name="listedInDirectory"
            summaryLabel="Show me in the directory"
            label="Show me in the directory"
            hint="If you untick this, other members cannot find you by searching, and you are not suggested to anyone."
            defaultChecked={me.listedInDirectory ?? true}
          />
          <CheckboxField
            name="openToPairing"
            summaryLabel="Open to pairing"
            label="I am open to pairing"
            hint="Other members can ask you to be their collaborative pair, and you may be suggested to them."
            defaultChecked={me.openToPairing}
          />
        </fieldset>
      </ConferForm>
      {savedAt && (
        <p className="people-notice people-notice--success" data-testid="profile-saved">
          Your profile is saved ({savedAt}).
        </p>
      )}
    </>
  );
}
