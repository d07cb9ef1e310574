import type { Report } from '../../graphql/admin-operations';
import { ReportDecision } from './report-decision';
import { ReportFollowUp } from './report-follow-up';
import { ACTION_WORDS, SUBJECT_WORDS, whenWords } from './report-words';

/** One report: what was reported, as written, who reported it and why; then the decision, or what was decided. */
export function ReportCard({ report, onSettled }: { report: Report; onSettled: (words: string) => void }) {
  const what = SUBJECT_WORDS[report.subjectType];
  return (
    <li className="admin-item admin-report">
      <h3 className="admin-item__title">
        {what.charAt(0).toUpperCase() + what.slice(1)}
        {report.subjectMember ? ` by ${report.subjectMember.displayName}` : ''}
      </h3>
      <p className="quiet">Reported on {whenWords(report.createdAt)}</p>
      <p className="admin-report__label">What was written:</p>
      {report.content ? (
        <blockquote className="admin-report__content">{report.content}</blockquote>
      ) : (
        <p className="quiet">There are no words to show for this.</p>
      )}
      <p>
        <span className="admin-report__label">Reported by: </span>
        {report.reporter?.displayName ?? 'A former member'}
      </p>
      <p>
        <span className="admin-report__label">Why: </span>
        {report.reason}
      </p>
      {report.status === 'OPEN' ? (
        <ReportDecision report={report} onSettled={onSettled} />
      ) : (
        <>
          <p>
            <span className="admin-report__label">Decision: </span>
            {report.action ? ACTION_WORDS[report.action].done : 'Settled'}
            {report.resolvedAt ? `, on ${whenWords(report.resolvedAt)}` : ''}.
          </p>
          {report.resolutionNote && (
            <p>
              <span className="admin-report__label">Note: </span>
              {report.resolutionNote}
            </p>
          )}
          <ReportFollowUp report={report} />
        </>
      )}
    </li>
  );
}
