/**
 * SQL: whether the member whose membership row is joined as `gm` may see the event `e` of the group `g` (joined with
 * LEFT JOINs): a platform event, or a group's event as the group policy's `read` (a public group's unless banned,
 * else active members), never in a group hidden by an admin. Lists, feeds and recipient lists ask this in SQL; single
 * events go through the policy (`eventAllows`).
 */
export const MAY_SEE_EVENT = `(e.group_id IS NULL
       OR (g.hidden_at IS NULL AND (gm.status = 'ACTIVE'
           OR (g.visibility = 'PUBLIC' AND gm.status IS DISTINCT FROM 'BANNED'))))`;
