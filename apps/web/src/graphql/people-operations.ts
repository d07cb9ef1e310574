// The people operations the web app sends: profiles, the directory, pairing and blocking
// (names as in the public contract, docs/API.md).
import { graphql } from './generated';
import type {
  DirectoryQuery,
  MemberProfileFieldsFragment,
  MemberQuery,
  MemberSummaryFieldsFragment,
  MyProfileFieldsFragment,
  PairingFieldsFragment,
  SuggestedPeersQuery,
} from './generated/graphql';

export type {
  FieldVisibility,
  LeaderType,
  MemberFilter,
  PairingStatus,
  ProfileField,
  UpdateProfileInput,
} from './generated/graphql';

export type { Cohort, Region, Topic } from './taxonomy';

/** A member as a card in a list shows them. */
export type MemberSummary = MemberSummaryFieldsFragment;

/** A member's profile as another member sees it (a field they may not see is null), with their pairings and groups. */
export type MemberProfile = MemberQuery['member'];

/** The fields of a profile that every member's page shows. */
export type ProfileFields = MemberProfileFieldsFragment;

/** The signed-in member's own profile, with who sees each field and their consents. */
export type MyProfile = MyProfileFieldsFragment;

export type PairingRequest = PairingFieldsFragment;

export type MemberPage = DirectoryQuery['members'];

export type FacetCount = MemberPage['facets']['regions'][number];

export type PeerSuggestion = SuggestedPeersQuery['suggestedPeers'][number];

export const MEMBER_SUMMARY_FIELDS = graphql(`
  fragment MemberSummaryFields on Member {
    id
    handle
    displayName
    headline
    region {
      ...RegionFields
    }
    topics {
      ...TopicFields
    }
    openToPairing
  }
`);

export const MEMBER_PROFILE_FIELDS = graphql(`
  fragment MemberProfileFields on Member {
    ...MemberSummaryFields
    pronouns
    bio
    livedExperience
    leaderType
    organisation
    jobTitle
    cohort {
      ...CohortFields
    }
    avatarUrl
    joinedAt
  }
`);

export const MY_PROFILE_FIELDS = graphql(`
  fragment MyProfileFields on Member {
    ...MemberProfileFields
    listedInDirectory
    visibility {
      field
      visibility
    }
    consents {
      kind
      givenAt
      withdrawnAt
    }
  }
`);

export const PAIRING_FIELDS = graphql(`
  fragment PairingFields on PairingRequest {
    id
    status
    message
    createdAt
    respondedAt
    requester {
      id
      displayName
      headline
    }
    recipient {
      id
      displayName
      headline
    }
  }
`);

export const TAXONOMY = graphql(`
  query Taxonomy {
    regions {
      ...RegionFields
    }
    topics {
      ...TopicFields
    }
    cohorts {
      ...CohortFields
    }
  }
`);

export const MY_PROFILE = graphql(`
  query MyProfile {
    me {
      ...MyProfileFields
    }
    consentWording(kind: LIVED_EXPERIENCE)
  }
`);

export const UPDATE_PROFILE = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      ...MyProfileFields
    }
  }
`);

export const WITHDRAW_LIVED_EXPERIENCE_CONSENT = graphql(`
  mutation WithdrawLivedExperienceConsent {
    withdrawConsent(kind: LIVED_EXPERIENCE) {
      ...MyProfileFields
    }
  }
`);

export const DIRECTORY = graphql(`
  query Directory($filter: MemberFilter, $first: Int, $after: String) {
    members(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...MemberSummaryFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      facets {
        regions {
          value
          count
        }
        topics {
          value
          count
        }
        leaderTypes {
          value
          count
        }
      }
    }
  }
`);

export const SUGGESTED_PEERS = graphql(`
  query SuggestedPeers($first: Int) {
    suggestedPeers(first: $first) {
      score
      reasons
      member {
        ...MemberSummaryFields
      }
    }
  }
`);

export const MEMBER = graphql(`
  query Member($id: ID!) {
    member(id: $id) {
      ...MemberProfileFields
      visibility {
        field
        visibility
      }
      pairedWith {
        id
        displayName
      }
      groups {
        id
        slug
        name
        viewerMembership {
          status
        }
      }
    }
    blockedMembers {
      id
    }
    myPairings {
      ...PairingFields
    }
  }
`);

/** Direct messages are the discussions area's; a member's page starts one the same way. */
export { START_DIRECT_THREAD } from './discussions-operations';

export const REQUEST_PAIRING = graphql(`
  mutation RequestPairing($memberId: ID!, $message: String) {
    requestPairing(memberId: $memberId, message: $message) {
      ...PairingFields
    }
  }
`);

export const RESPOND_TO_PAIRING = graphql(`
  mutation RespondToPairing($requestId: ID!, $accept: Boolean!) {
    respondToPairing(requestId: $requestId, accept: $accept) {
      ...PairingFields
    }
  }
`);

export const MY_PAIRINGS = graphql(`
  query MyPairings {
    myPairings {
      ...PairingFields
    }
  }
`);

export const BLOCK_MEMBER = graphql(`
  mutation BlockMember($memberId: ID!) {
    blockMember(memberId: $memberId)
  }
`);

export const UNBLOCK_MEMBER = graphql(`
  mutation UnblockMember($memberId: ID!) {
    unblockMember(memberId: $memberId)
  }
`);
