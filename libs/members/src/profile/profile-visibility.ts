import { FieldVisibility, ProfileField, type VisibilitySettings } from './profile-enums.js';

/** How the viewer stands to the member whose profile they look at. */
export type ViewerRelation = 'SELF' | 'GROUP_PEER' | 'MEMBER';

/**
 * Whether a field set to `visibility` is shown to a viewer in `relation` to its owner. Pure, and the only
 * place this is decided: every path (profile, directory, suggestions) goes through it. Admins see what any
 * member sees: PRIVATE means private, lived experience above all.
 */
export function maySee(visibility: FieldVisibility, relation: ViewerRelation): boolean {
  if (relation === 'SELF') return true;
  if (visibility === FieldVisibility.MEMBERS) return true;
  return visibility === FieldVisibility.GROUP_PEERS && relation === 'GROUP_PEER';
}

export function visibleFields(settings: VisibilitySettings, relation: ViewerRelation): Set<ProfileField> {
  return new Set(Object.values(ProfileField).filter((field) => maySee(settings[field], relation)));
}
