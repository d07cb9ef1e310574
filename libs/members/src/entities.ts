import {
  MemberNameWord,
  MemberSearchNamePosting,
  MemberSearchPosting,
} from './directory/member-search.entities.js';
import { MemberBlock } from './blocking/member-block.entity.js';
import { PairingRequest } from './pairing/pairing-request.entity.js';
import { MemberConsent } from './profile/member-consent.entity.js';
import { MemberProfile } from './profile/member-profile.entity.js';
import { Cohort } from './taxonomy/cohort.entity.js';
import { Region } from './taxonomy/region.entity.js';
import { Topic } from './taxonomy/topic.entity.js';

export const MEMBERS_ENTITIES = [
  Region,
  Topic,
  Cohort,
  MemberProfile,
  MemberSearchPosting,
  MemberSearchNamePosting,
  MemberNameWord,
  PairingRequest,
  MemberBlock,
  MemberConsent,
];
