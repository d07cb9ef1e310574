import { useQuery } from '@apollo/client/react';
import { useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { appendPage } from '../../graphql/connection';
import { REPORTS, type ReportStatus } from '../../graphql/admin-operations';
import { AdminNav } from '../../ui/admin/admin-nav';
import { ReportCard } from '../../ui/admin/report-card';
import { ShowMore } from '../../ui/show-more';
import { useAnnounce } from '../../ui/announcer';
import { Screen } from '../../ui/layout/screen';

const PAGE = 20;

/** /admin/reports: the open reports to settle (or, with ?status=resolved, those settled). */
export function ReportsScreen() {
  const announce = useAnnounce();
  const [params] = useSearchParams();
  const status: ReportStatus = params.get('status') === 'resolved' ? 'RESOLVED' : 'OPEN';
  const { data, loading, error, fetchMore, refetch } = useQuery(REPORTS, {
    variables: { status, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const heading = useRef<HTMLHeadingElement>(null);
  const reports = data?.reports.edges.map((edge) => edge.node) ?? [];
  const title = status === 'OPEN' ? 'Open reports' : 'Settled reports';

  const settled = (words: string) => {
    void refetch().then(() => {
      heading.current?.focus();
      announce(words);
    });
  };

  return (
    <Screen title="Reports" lead="What members reported. Read what was written and why, then decide.">
      <AdminNav />
      <nav className="admin-views" aria-label="Which reports">
        <ul>
          <li>
            <Link to="/admin/reports" aria-current={status === 'OPEN' ? 'page' : undefined}>
              Open reports
            </Link>
          </li>
          <li>
            <Link
              to="/admin/reports?status=resolved"
              aria-current={status === 'RESOLVED' ? 'page' : undefined}
            >
              Settled reports
            </Link>
          </li>
        </ul>
      </nav>
      <h2 id="reports-heading" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {error && !data ? (
        <p role="alert">We could not load the reports. Check your connection and reload the page.</p>
      ) : loading && !data ? (
        <p role="status">Loading reports…</p>
      ) : reports.length === 0 ? (
        <p className="empty-state">
          {status === 'OPEN'
            ? 'There are no open reports. All is calm.'
            : 'No reports have been settled yet.'}
        </p>
      ) : (
        <>
          <ul className="admin-list" aria-labelledby="reports-heading">
            {reports.map((report) => (
              <ReportCard key={report.id} report={report} onSettled={settled} />
            ))}
          </ul>
          <ShowMore
            what="reports"
            pageInfo={data?.reports.pageInfo}
            load={(after) =>
              fetchMore({
                variables: { after },
                updateQuery: (shown, { fetchMoreResult }) => ({
                  reports: appendPage(shown.reports, fetchMoreResult.reports),
                }),
              })
            }
          />
        </>
      )}
    </Screen>
  );
}
