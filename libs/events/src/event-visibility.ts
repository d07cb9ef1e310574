/**
 * SQL: whether the member whose membership row is joined as `gm` may see the event `e` of the group `g` (joined with
 * LEFT JOINs), admins left aside: a platform event, or a group's event as the group policy's `read` (a public
 * group's unless banned, else active members), never in a group hidden by an admin. The event's own `hidden_at` is
 * left to the caller (lists leave hidden events out). Lists and feeds ask this in SQL; single events go through the
 * policy (`eventPermissions`). test/events/event-policy-sql.e2e-spec.ts holds every SQL copy to the policy.
 */
export const MAY_SEE_EVENT = `(e.group_id IS NULL
       OR (g.hidden_at IS NULL AND (gm.status = 'ACTIVE'
           OR (g.visibility = 'PUBLIC' AND gm.status IS DISTINCT FROM 'BANNED'))))`;

const isAdmin = (memberId: string) =>
  `EXISTS (SELECT 1 FROM members a WHERE a.id = ${memberId} AND a.role = 'ADMIN')`;

/** SQL (with `e`, `g`, `gm` joined as for MAY_SEE_EVENT): the event policy's `manage` for the member. */
const RUNS_EVENT = (memberId: string) => `(${isAdmin(memberId)}
       OR (e.group_id IS NOT NULL AND g.hidden_at IS NULL AND gm.status = 'ACTIVE' AND gm.role IN ('OWNER', 'MODERATOR'))
       OR (e.group_id IS NULL AND e.organiser_id = ${memberId}
           AND EXISTS (SELECT 1 FROM members o WHERE o.id = ${memberId} AND o.role = 'ORGANISER')))`;

/**
 * SQL (with `e`, `g`, `gm` joined as for MAY_SEE_EVENT, `gm` being the membership of `memberId`): whether the member
 * may see the event now, as `eventPermissions(...).see`: admins see every event; one hidden by a moderator is seen by
 * those who run it only. Never null.
 */
export function maySeeEventAs(memberId: string): string {
  return `coalesce((${MAY_SEE_EVENT} OR ${isAdmin(memberId)})
                   AND (e.hidden_at IS NULL OR ${RUNS_EVENT(memberId)}), false)`;
}

/**
 * SQL: whether the member `memberId` (an SQL expression) may see the event `eventId` (an SQL expression) now:
 * `maySeeEventAs`, for checks at send time (a reminder or a notice planned earlier tells only who may still see the
 * event). False for an event that no longer exists.
 */
export function maySeeEventSql(memberId: string, eventId: string): string {
  return `EXISTS (SELECT 1 FROM events e
                    LEFT JOIN groups g ON g.id = e.group_id
                    LEFT JOIN group_memberships gm ON gm.group_id = g.id AND gm.member_id = ${memberId}
                   WHERE e.id = ${eventId} AND ${maySeeEventAs(memberId)})`;
}
