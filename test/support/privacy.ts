import { gqlAs, type Person } from './people.js';
import type { TestPlatform } from './test-platform.js';

/** Shared by the privacy tests: privacy-consent, privacy-export and privacy-account-deletion. */
export const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) {
  livedExperience visibility { field visibility } consents { kind wording givenAt withdrawnAt } } }`;
export const CONSENTS = '{ me { livedExperience consents { kind wording givenAt withdrawnAt } } }';
export const WITHDRAW = `mutation { withdrawConsent(kind: LIVED_EXPERIENCE) {
  livedExperience visibility { field visibility } consents { kind withdrawnAt } } }`;
export const EXPORT = '{ exportMyData }';
export const DELETE = 'mutation($p: String!) { deleteMyAccount(password: $p) }';
export const PERSONAL = `id handle displayName email pronouns headline bio livedExperience leaderType organisation jobTitle
  region { code } topics { slug } cohort { id } avatarUrl listedInDirectory visibility { field } consents { kind }`;

export type Row = Record<string, unknown>;

/** A profile as the member sees it after a change. */
export interface ProfileSeen {
  livedExperience: string | null;
  visibility: Array<{ field: string; visibility: string }> | null;
  consents: Row[] | null;
}

/** The parts of an export the tests read. */
export interface ExportSeen extends Row {
  about: Row;
  messages: {
    total: number;
    included: number;
    items: Array<Row & { body: string; earlierVersions: unknown }>;
  };
  notifications: { items: Row[] };
  sessions: Row[];
}

/**
 * GraphQL as a person, a token or nobody (answering errors rather than throwing), a member's export, and their
 * profile row, on the platform `current` answers (a test file's, once its `beforeAll` has started it).
 */
export function privacyHelpers(current: () => TestPlatform) {
  const gql = <T>(who: Person | string | undefined, query: string, variables: Record<string, unknown> = {}) =>
    current().graphql<T>(query, variables, typeof who === 'string' ? who : who?.token);
  const exportOf = async (who: Person): Promise<ExportSeen> =>
    (await gqlAs<{ exportMyData: ExportSeen }>(current(), who, EXPORT)).exportMyData;
  const profileRow = async (id: string) =>
    (
      await current().db.query<Record<string, unknown>>(
        'SELECT * FROM member_profiles WHERE member_id = $1',
        [id],
      )
    )[0];
  return { gql, exportOf, profileRow };
}
