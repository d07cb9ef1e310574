export { MembersModule } from './members.module.js';
export { MEMBERS_ENTITIES } from './entities.js';
export { Region } from './taxonomy/region.entity.js';
export { Topic } from './taxonomy/topic.entity.js';
export { Cohort } from './taxonomy/cohort.entity.js';
export { TaxonomyService } from './taxonomy/taxonomy.service.js';
export { MemberProfile } from './profile/member-profile.entity.js';
export {
  LeaderType,
  ProfileField,
  FieldVisibility,
  DEFAULT_VISIBILITY,
  withDefaults as withDefaultVisibility,
  type VisibilitySettings,
} from './profile/profile-enums.js';
export { maySee, type ViewerRelation } from './profile/profile-visibility.js';
export type { MemberView } from './profile/member-view.js';
export { GroupPeers, NoGroupPeers } from './profile/group-peers.js';
export { ProfileReader } from './profile/profile-reader.js';
export { ProfileWriter } from './profile/profile-writer.js';
export { PROFILE_LIMITS, type UpdateProfile } from './profile/update-profile.js';
export { DirectoryService, type DirectoryPage, type FacetCount } from './directory/directory.service.js';
export type { DirectoryFilter } from './directory/directory-query.js';
export { PairingService, PAIRING_MESSAGE_MAX } from './pairing/pairing.service.js';
export { PairingRequest, PairingStatus } from './pairing/pairing-request.entity.js';
export { SuggestionsService, MAX_SUGGESTIONS, type PeerSuggestion } from './pairing/suggestions.service.js';
export { BlockingService, MAX_BLOCKS } from './blocking/blocking.service.js';
export { MemberBlock } from './blocking/member-block.entity.js';
export { MemberConsent } from './profile/member-consent.entity.js';
export { ConsentKind, CONSENT_WORDING } from './profile/consent.js';
export { FORMER_MEMBER_NAME, formerMemberHandle } from './profile/former-member.js';
