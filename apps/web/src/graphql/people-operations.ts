// The people operations the web app sends: profiles, the directory, pairing and blocking
// (names as in the public contract, docs/API.md).
import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Cohort, Region, Topic } from './taxonomy';

export type LeaderType =
  | 'PATIENT_LEADER'
  | 'CARER_LEADER'
  | 'HEALTHCARE_PROFESSIONAL'
  | 'HEALTHCARE_MANAGER'
  | 'COMMUNITY_LEADER'
  | 'OTHER';
export type FieldVisibility = 'MEMBERS' | 'GROUP_PEERS' | 'PRIVATE';
export type ProfileField =
  | 'PRONOUNS'
  | 'HEADLINE'
  | 'BIO'
  | 'LIVED_EXPERIENCE'
  | 'ORGANISATION'
  | 'JOB_TITLE'
  | 'REGION'
  | 'TOPICS'
  | 'COHORT';
export type PairingStatus = 'PENDING' | 'ACCEPTED' | 'DECLINED';

export type { Cohort, Region, Topic } from './taxonomy';

/** A member as a card in a list shows them. */
export interface MemberSummary {
  id: string;
  handle: string;
  displayName: string;
  headline: string | null;
  region: Region | null;
  topics: Topic[] | null;
  openToPairing: boolean;
}

/** A member's profile as another member sees it: a field they may not see is null. */
export interface MemberProfile extends MemberSummary {
  pronouns: string | null;
  bio: string | null;
  livedExperience: string | null;
  leaderType: LeaderType | null;
  organisation: string | null;
  jobTitle: string | null;
  cohort: Cohort | null;
  avatarUrl: string | null;
  joinedAt: string;
  pairedWith: Array<{ id: string; displayName: string }>;
  groups: Array<{ id: string; slug: string; name: string; viewerMembership: { status: string } | null }>;
}

/** The signed-in member's own profile, with who sees each field and their consents. */
export interface MyProfile extends Omit<MemberProfile, 'pairedWith' | 'groups'> {
  listedInDirectory: boolean | null;
  visibility: Array<{ field: ProfileField; visibility: FieldVisibility }> | null;
  consents: Array<{ kind: string; givenAt: string; withdrawnAt: string | null }> | null;
}

export interface PairingRequest {
  id: string;
  status: PairingStatus;
  message: string | null;
  createdAt: string;
  respondedAt: string | null;
  requester: { id: string; displayName: string; headline: string | null } | null;
  recipient: { id: string; displayName: string; headline: string | null } | null;
}

const SUMMARY = 'id handle displayName headline region { code name } topics { slug name } openToPairing';
const PROFILE = `${SUMMARY} pronouns bio livedExperience leaderType organisation jobTitle cohort { id name year }
  avatarUrl joinedAt`;
const MINE = `${PROFILE} listedInDirectory visibility { field visibility } consents { kind givenAt withdrawnAt }`;
const PAIRING = `id status message createdAt respondedAt requester { id displayName headline }
  recipient { id displayName headline }`;

export const TAXONOMY: TypedDocumentNode<
  { regions: Region[]; topics: Topic[]; cohorts: Cohort[] },
  Record<string, never>
> = gql`
  query Taxonomy {
    regions {
      code
      name
    }
    topics {
      slug
      name
    }
    cohorts {
      id
      name
      year
    }
  }
`;

export const MY_PROFILE: TypedDocumentNode<
  { me: MyProfile; consentWording: string },
  Record<string, never>
> = gql(`query MyProfile { me { ${MINE} } consentWording(kind: LIVED_EXPERIENCE) }`);

export interface UpdateProfileInput {
  handle?: string;
  displayName?: string;
  pronouns?: string;
  headline?: string;
  bio?: string;
  livedExperience?: string;
  consentToLivedExperience?: boolean;
  leaderType?: LeaderType | null;
  organisation?: string;
  jobTitle?: string;
  regionCode?: string | null;
  topicSlugs?: string[];
  cohortId?: string | null;
  openToPairing?: boolean;
  avatarUrl?: string;
  listedInDirectory?: boolean;
  visibility?: Array<{ field: ProfileField; visibility: FieldVisibility }>;
}

export const UPDATE_PROFILE: TypedDocumentNode<{ updateProfile: MyProfile }, { input: UpdateProfileInput }> =
  gql(`mutation UpdateProfile($input: UpdateProfileInput!) { updateProfile(input: $input) { ${MINE} } }`);

export const WITHDRAW_LIVED_EXPERIENCE_CONSENT: TypedDocumentNode<
  { withdrawConsent: MyProfile },
  Record<string, never>
> = gql(`mutation WithdrawLivedExperienceConsent { withdrawConsent(kind: LIVED_EXPERIENCE) { ${MINE} } }`);

export interface MemberFilter {
  text?: string;
  regions?: string[];
  topics?: string[];
  leaderTypes?: LeaderType[];
  cohortIds?: string[];
  openToPairing?: boolean;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface MemberPage {
  totalCount: number;
  edges: Array<{ cursor: string; node: MemberSummary }>;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  facets: { regions: FacetCount[]; topics: FacetCount[]; leaderTypes: FacetCount[] };
}

export const DIRECTORY: TypedDocumentNode<
  { members: MemberPage },
  { filter: MemberFilter; first: number; after?: string | null }
> = gql(`query Directory($filter: MemberFilter, $first: Int, $after: String) {
  members(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { ${SUMMARY} } }
    pageInfo { endCursor hasNextPage }
    facets { regions { value count } topics { value count } leaderTypes { value count } }
  }
}`);

export interface PeerSuggestion {
  score: number;
  reasons: string[];
  member: MemberSummary;
}

export const SUGGESTED_PEERS: TypedDocumentNode<{ suggestedPeers: PeerSuggestion[] }, { first: number }> =
  gql(
    `query SuggestedPeers($first: Int) { suggestedPeers(first: $first) { score reasons member { ${SUMMARY} } } }`,
  );

export const MEMBER: TypedDocumentNode<
  {
    member: MemberProfile & { visibility: MyProfile['visibility'] };
    blockedMembers: Array<{ id: string }>;
    myPairings: PairingRequest[];
  },
  { id: string }
> = gql(`query Member($id: ID!) {
  member(id: $id) {
    ${PROFILE}
    visibility { field visibility }
    pairedWith { id displayName }
    groups { id slug name viewerMembership { status } }
  }
  blockedMembers { id }
  myPairings { ${PAIRING} }
}`);

/** Direct messages are the discussions area's; a member's page starts one the same way. */
export { START_DIRECT_THREAD } from './discussions-operations';

export const REQUEST_PAIRING: TypedDocumentNode<
  { requestPairing: PairingRequest },
  { memberId: string; message?: string | null }
> = gql(`mutation RequestPairing($memberId: ID!, $message: String) {
  requestPairing(memberId: $memberId, message: $message) { ${PAIRING} }
}`);

export const RESPOND_TO_PAIRING: TypedDocumentNode<
  { respondToPairing: PairingRequest },
  { requestId: string; accept: boolean }
> = gql(`mutation RespondToPairing($requestId: ID!, $accept: Boolean!) {
  respondToPairing(requestId: $requestId, accept: $accept) { ${PAIRING} }
}`);

export const MY_PAIRINGS: TypedDocumentNode<{ myPairings: PairingRequest[] }, Record<string, never>> = gql(
  `query MyPairings { myPairings { ${PAIRING} } }`,
);

export const BLOCK_MEMBER: TypedDocumentNode<{ blockMember: boolean }, { memberId: string }> = gql`
  mutation BlockMember($memberId: ID!) {
    blockMember(memberId: $memberId)
  }
`;

export const UNBLOCK_MEMBER: TypedDocumentNode<{ unblockMember: boolean }, { memberId: string }> = gql`
  mutation UnblockMember($memberId: ID!) {
    unblockMember(memberId: $memberId)
  }
`;
