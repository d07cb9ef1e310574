import { Injectable } from '@nestjs/common';

/** SQL: whether the member `memberId` (an SQL expression) may see the subject `subjectId` (an SQL expression) now. */
export type SubjectVisibleSql = (memberId: string, subjectId: string) => string;

/** The subjects of a notification whose domain is asked again when it is sent. */
export type GuardedSubject = 'event';

/**
 * Who may see a notification's subject when it is sent, said by the domain that owns the subject (the events domain
 * for events, when its module starts): a notice planned before its recipient lost access tells them nothing. The
 * notifications domain asks here, in its SQL, without depending on that domain.
 */
@Injectable()
export class NotificationSubjects {
  private readonly guards = new Map<GuardedSubject, SubjectVisibleSql>();

  guard(subject: GuardedSubject, visibleSql: SubjectVisibleSql): void {
    this.guards.set(subject, visibleSql);
  }

  /** SQL: whether `memberId` may see the `subject` `subjectId` now. Throws if no domain guards the subject. */
  visibleSql(subject: GuardedSubject, memberId: string, subjectId: string): string {
    const guard = this.guards.get(subject);
    if (!guard) throw new Error(`No domain says who may see a notification's ${subject}.`);
    return guard(memberId, subjectId);
  }
}
