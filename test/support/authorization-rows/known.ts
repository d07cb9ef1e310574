// Where the code does not (yet) do what a row of the authorization matrix says, and the team is to decide: each such
// cell, with what the code does now and why it is open. A cell that comes right must leave this list.
import type { Known } from './shared.js';

const HIDDEN_GROUP_FOR_ITS_MODERATORS =
  'docs/FEATURES.md (Moderation) says a hidden group is gone "for everyone but its moderators and the admins"; ' +
  'GroupAccess hides it from everyone but admins, its owners and moderators included.';
export const KNOWN: Known[] = [
  ...(['member', 'outsider', 'pending', 'banned'] as const).map((viewer): Known => ({
    operation: 'decideJoinRequest',
    on: 'someone else’s request',
    viewer,
    actual: 'FORBIDDEN',
    why:
      'A join request is seen only by those who decide it, so API.md’s rule says NOT_FOUND; the code refuses ' +
      'with the group’s FORBIDDEN (as inviteToGroup and removeFromGroup do), while resolveReport answers NOT_FOUND.',
  })),
  ...(['owner', 'moderator'] as const).flatMap((viewer): Known[] => [
    {
      operation: 'group',
      on: 'a group hidden by an admin',
      viewer,
      actual: 'NOT_FOUND',
      why: HIDDEN_GROUP_FOR_ITS_MODERATORS,
    },
    {
      operation: 'thread',
      on: 'a thread of a group hidden by an admin',
      viewer,
      actual: 'NOT_FOUND',
      why: HIDDEN_GROUP_FOR_ITS_MODERATORS,
    },
  ]),
];
