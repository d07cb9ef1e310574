/**
 * SQL: whether the member whose membership row is joined as `gm` may see the event `e` of the group `g` (joined with
 * LEFT JOINs): a platform event, or a group's event as the group policy's `read` (a public group's unless banned,
 * else active members), never in a group hidden by an admin. Lists, feeds and recipient lists ask this in SQL; single
 * events go through the policy (`eventAllows`).
 */
export const MAY_SEE_EVENT = `(e.group_id IS NULL
       OR (g.hidden_at IS NULL AND (gm.status = 'ACTIVE'
           OR (g.visibility = 'PUBLIC' AND gm.status IS DISTINCT FROM 'BANNED'))))`;

/**
 * SQL: whether the member `memberId` (an SQL expression) may see the event `eventId` (an SQL expression) now: the
 * event policy's `see` (admins see every event), for checks at send time (a reminder or a notice planned earlier
 * tells only who may still see the event). False for an event that no longer exists.
 */
export function maySeeEventSql(memberId: string, eventId: string): string {
  return `EXISTS (SELECT 1 FROM events e
                    LEFT JOIN groups g ON g.id = e.group_id
                    LEFT JOIN group_memberships gm ON gm.group_id = g.id AND gm.member_id = ${memberId}
                   WHERE e.id = ${eventId}
                     AND (${MAY_SEE_EVENT}
                          OR EXISTS (SELECT 1 FROM members a WHERE a.id = ${memberId} AND a.role = 'ADMIN')))`;
}
