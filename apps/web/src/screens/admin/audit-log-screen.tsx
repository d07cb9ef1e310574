import { useQuery } from '@apollo/client/react';
import { appendPage } from '../../graphql/connection';
import { AUDIT_LOG, MEMBER_NAME, type AuditEntry } from '../../graphql/admin-operations';
import { ShowMore } from '../../ui/show-more';
import { useViewer } from '../../session/session-context';
import { AdminNav } from '../../ui/admin/admin-nav';
import { auditActionWords, whenWords } from '../../ui/admin/report-words';
import { Screen } from '../../ui/layout/screen';

const PAGE = 20;

/** A member's name by id (from the cache after the first time); "you" for the viewer. */
function MemberName({ id }: { id: string }) {
  const viewer = useViewer();
  const { data, error } = useQuery(MEMBER_NAME, { variables: { id }, skip: id === viewer.id });
  if (id === viewer.id) return <>you</>;
  if (error) return <>a former member</>;
  return <>{data?.member.displayName ?? 'a member'}</>;
}

function AuditItem({ entry }: { entry: AuditEntry }) {
  return (
    <li className="admin-item">
      <p className="admin-item__title">{auditActionWords(entry.action, entry.subjectType, entry.details)}</p>
      <p>
        {whenWords(entry.createdAt)}, by {entry.actorId ? <MemberName id={entry.actorId} /> : 'Confer itself'}
        {entry.subjectType === 'MEMBER' && entry.subjectId && (
          <>
            {' '}
            (the member: <MemberName id={entry.subjectId} />)
          </>
        )}
        .
      </p>
      {entry.reason && <p className="quiet">Why: {entry.reason}</p>}
    </li>
  );
}

/** /admin/audit-log: every moderation and admin action, latest first, a page at a time. */
export function AuditLogScreen() {
  const { data, loading, error, fetchMore } = useQuery(AUDIT_LOG, {
    variables: { first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const entries = data?.auditLog.edges.map((edge) => edge.node) ?? [];
  return (
    <Screen
      title="Audit log"
      lead="What admins and moderators did, latest first. Nothing here can be changed."
    >
      <AdminNav />
      <h2 id="audit-heading">Actions</h2>
      {error && !data ? (
        <p role="alert">We could not load the audit log. Check your connection and reload the page.</p>
      ) : loading && !data ? (
        <p role="status">Loading the audit log…</p>
      ) : entries.length === 0 ? (
        <p className="empty-state">Nothing has been done yet. Actions on reports and members show here.</p>
      ) : (
        <>
          <ul className="admin-list" aria-labelledby="audit-heading">
            {entries.map((entry) => (
              <AuditItem key={entry.id} entry={entry} />
            ))}
          </ul>
          <ShowMore
            what="actions"
            pageInfo={data?.auditLog.pageInfo}
            load={(after) =>
              fetchMore({
                variables: { after },
                updateQuery: (shown, { fetchMoreResult }) => ({
                  auditLog: appendPage(shown.auditLog, fetchMoreResult.auditLog),
                }),
              })
            }
          />
        </>
      )}
    </Screen>
  );
}
