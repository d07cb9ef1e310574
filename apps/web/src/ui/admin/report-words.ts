import type { ReportAction, ReportSubjectType } from '../../graphql/admin-operations';

/** "a message", "a member": what was reported, in words. */
export const SUBJECT_WORDS: Record<ReportSubjectType, string> = {
  MESSAGE: 'a message',
  THREAD: 'a thread',
  MEMBER: 'a member',
  EVENT: 'an event',
  GROUP: 'a group',
};

/** The choices when settling a report, in plain words. */
export const ACTION_WORDS: Record<
  ReportAction,
  { choice: string; done: string; confirm: string; yes: string }
> = {
  DISMISS: {
    choice: 'Nothing wrong: close the report',
    done: 'Closed: nothing wrong',
    confirm: 'The report is closed and nothing changes.',
    yes: 'Yes, close it',
  },
  HIDE_CONTENT: {
    choice: 'Hide it from everyone but moderators',
    done: 'Hidden from everyone but moderators',
    confirm: 'It disappears for everyone but moderators. You can show it again later.',
    yes: 'Yes, hide it',
  },
  SUSPEND_MEMBER: {
    choice: 'Suspend the member responsible',
    done: 'Member suspended',
    confirm:
      'They are signed out at once and cannot sign in until an admin reinstates them. Their words stay.',
    yes: 'Yes, suspend them',
  },
};

const ROLE_WORDS: Record<string, string> = {
  MEMBER: 'a member',
  ORGANISER: 'an organiser',
  ADMIN: 'an admin',
};

/** The audit log's actions, said plainly: "hid a message". */
export function auditActionWords(
  action: string,
  subjectType: string,
  details: Record<string, unknown> | null = null,
): string {
  const said = (key: string) => (typeof details?.[key] === 'string' ? details[key] : '');
  const subject =
    SUBJECT_WORDS[subjectType as ReportSubjectType] ?? subjectType.toLowerCase().replace(/_/g, ' ');
  switch (action) {
    case 'RESOLVE_REPORT_DISMISS':
      return `Closed a report of ${subject}: nothing wrong`;
    case 'RESOLVE_REPORT_HIDE_CONTENT':
      return `Hid ${subject} after a report`;
    case 'RESOLVE_REPORT_SUSPEND_MEMBER':
      return `Suspended the member responsible for ${subject} after a report`;
    case 'RESTORE_CONTENT':
      return `Showed ${subject} again`;
    case 'SUSPEND_MEMBER':
      return 'Suspended a member';
    case 'REINSTATE_MEMBER':
      return 'Reinstated a member';
    case 'CREATE_INVITATION':
      return said('role')
        ? `Invited someone to join as ${ROLE_WORDS[said('role')] ?? 'a member'}`
        : 'Invited someone to join';
    case 'CREATE_TOPIC':
      return said('name') ? `Added the topic “${said('name')}”` : 'Added a topic';
    case 'RENAME_TOPIC':
      return said('from') && said('to')
        ? `Renamed the topic “${said('from')}” to “${said('to')}”`
        : 'Renamed a topic';
    case 'CREATE_COHORT':
      return said('name')
        ? `Added the cohort “${said('name')}”${typeof details?.year === 'number' ? ` (${details.year})` : ''}`
        : 'Added a cohort';
    case 'DELETE_ACCOUNT':
      return 'A member deleted their account';
    default: {
      const words = action.toLowerCase().replace(/_/g, ' ');
      return `${words.charAt(0).toUpperCase()}${words.slice(1)} (${subject})`;
    }
  }
}

/** A date and time in words, in the reader's time zone: "24 November 2026, 09:30". */
export function whenWords(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });
}
