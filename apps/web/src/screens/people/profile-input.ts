import { CombinedGraphQLErrors } from '@apollo/client';
import type {
  FieldVisibility,
  LeaderType,
  ProfileField,
  UpdateProfileInput,
} from '../../graphql/people-operations';
import { visibilityName } from '../../ui/people/visibility-choice';

const PROFILE_FIELDS: ProfileField[] = [
  'PRONOUNS',
  'HEADLINE',
  'BIO',
  'LIVED_EXPERIENCE',
  'ORGANISATION',
  'JOB_TITLE',
  'REGION',
  'TOPICS',
  'COHORT',
];

/** The form name prefix of each topic box: `topic:maternity`. */
export const TOPIC_PREFIX = 'topic:';

/** The profile form's values (by form name) as `updateProfile`'s input: every field, so what is shown is saved. */
export function profileInputOf(values: Record<string, string>): UpdateProfileInput {
  const text = (name: string) => values[name] ?? '';
  const input: UpdateProfileInput = {
    displayName: text('displayName'),
    handle: text('handle'),
    pronouns: text('pronouns'),
    headline: text('headline'),
    bio: text('bio'),
    organisation: text('organisation'),
    jobTitle: text('jobTitle'),
    avatarUrl: text('avatarUrl'),
    leaderType: (text('leaderType') || null) as LeaderType | null,
    regionCode: text('regionCode') || null,
    cohortId: text('cohortId') || null,
    topicSlugs: Object.keys(values)
      .filter((name) => name.startsWith(TOPIC_PREFIX))
      .map((name) => name.slice(TOPIC_PREFIX.length)),
    openToPairing: values.openToPairing === 'on',
    listedInDirectory: values.listedInDirectory === 'on',
    visibility: PROFILE_FIELDS.filter((field) => values[visibilityName(field)]).map((field) => ({
      field,
      visibility: values[visibilityName(field)] as FieldVisibility,
    })),
  };
  if ('livedExperience' in values) input.livedExperience = text('livedExperience');
  if (values.consentToLivedExperience === 'on') input.consentToLivedExperience = true;
  return input;
}

/** The server's words for a missing consent name the API's flag; these say it for a person. */
const CONSENT_NEEDED =
  'Your lived experience is health information: Confer can keep it only if you tick the box to agree. ' +
  'Tick it to save what you wrote, or empty the box above.';

/** A failed save, with the consent problem in plain words (every other error as it came). */
export function plainProfileError(error: unknown): unknown {
  if (!CombinedGraphQLErrors.is(error)) return error;
  const errors = error.errors.map((graphqlError) => {
    const fields = graphqlError.extensions?.fields as Record<string, string> | undefined;
    if (!fields?.consentToLivedExperience) return graphqlError;
    return {
      ...graphqlError,
      extensions: {
        ...graphqlError.extensions,
        fields: { ...fields, consentToLivedExperience: CONSENT_NEEDED },
      },
    };
  });
  return new CombinedGraphQLErrors({ data: null, errors });
}
