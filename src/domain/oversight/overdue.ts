// F8 item 1: what is overdue today, for the oversight dashboards. Not a second set of deadline rules: each kind is
// read off the deadline job's own rule (src/domain/deadlines/*, F5 item 7) evaluated for `today`, so the dashboard
// and the notifications can never disagree about when an item became late. Only the change report (Art. 11) has no
// job action — it is late or not when it is filed — and it uses the same isOverdue boundary (the due day is on time).
import { progressReportActions, type CreationObjectFacts } from '../deadlines/creation-deadlines';
import type { DeadlineAction, DeadlineActionKind } from '../deadlines/deadline-action';
import { openReReviewActions, type OpenReReviewFacts } from '../deadlines/re-review-deadlines';
import { daysUntil, isOverdue } from '../deadlines/reminders';
import { cityReviewActions, noticeActions, type NoticeFacts, type PendingCityReviewFacts } from '../deadlines/review-deadlines';
import type { PlainDate } from '../shared/plain-date';
import type { OverdueKindName } from './oversight-rules';

/** Undecided objections of one notice to one entry: the notice's rule, read per application so a city sees its own. */
export interface EntryObjectionFacts {
  notice: Pick<NoticeFacts, 'id' | 'title' | 'stage' | 'endsOn' | 'handlingDueOn'>;
  applicationId: string;
  name: string;
  cityCode: string;
  openObjections: number;
}

export interface FiledChangeReportFacts {
  id: string;
  applicationId: string;
  name: string;
  cityCode: string;
  dueOn: PlainDate;
  reportedOn: PlainDate;
}

export interface OverdueFacts {
  pendingCityReviews: readonly PendingCityReviewFacts[];
  entryObjections: readonly EntryObjectionFacts[];
  /** Objects in PROGRESS_REPORTING_STATES (creation-deadlines.ts). */
  creationObjects: readonly CreationObjectFacts[];
  changeReports: readonly FiledChangeReportFacts[];
  openReReviews: readonly OpenReReviewFacts[];
}

export interface OverdueFinding {
  kind: OverdueKindName;
  subjectId: string;
  applicationId: string | null;
  name: string;
  cityCode: string;
  dueOn: PlainDate;
  daysOverdue: number;
  link: string;
}

type Subject = { applicationId: string; name: string; cityCode: string };

function fromAction(kind: OverdueKindName, action: DeadlineAction, subject: Subject, today: PlainDate): OverdueFinding {
  return { kind, subjectId: action.subjectId, ...subject, dueOn: action.dueOn, daysOverdue: -daysUntil(today, action.dueOn), link: action.link };
}

const only = (actions: DeadlineAction[], kind: DeadlineActionKind) => actions.filter((action) => action.kind === kind);

export function overdueFindings(facts: OverdueFacts, today: PlainDate): OverdueFinding[] {
  const findings: OverdueFinding[] = [];
  for (const review of facts.pendingCityReviews) {
    for (const action of only(cityReviewActions(review, today), 'city-review.overdue')) findings.push(fromAction('city-review', action, { applicationId: review.id, name: review.name, cityCode: review.cityCode }, today));
  }
  for (const entry of facts.entryObjections) {
    // entriesUnderPublicity 0: only the objection rule of the notice is asked, for this entry's objections.
    const actions = noticeActions({ ...entry.notice, entriesUnderPublicity: 0, openObjections: entry.openObjections }, today);
    for (const action of only(actions, 'objections.overdue')) findings.push(fromAction('objections', action, entry, today));
  }
  for (const object of facts.creationObjects) {
    for (const action of only(progressReportActions(object, today), 'progress-report.overdue')) findings.push(fromAction('progress-report', action, { applicationId: object.id, name: object.name, cityCode: object.cityCode }, today));
  }
  for (const report of facts.changeReports) {
    if (!isOverdue(report.reportedOn, report.dueOn)) continue;
    findings.push({
      kind: 'change-report',
      subjectId: report.id,
      applicationId: report.applicationId,
      name: report.name,
      cityCode: report.cityCode,
      dueOn: report.dueOn,
      // How late it was filed: the lateness does not grow after the report is in.
      daysOverdue: -daysUntil(report.reportedOn, report.dueOn),
      link: `/workspace/creation-objects/${report.applicationId}?tab=change-reports`,
    });
  }
  for (const review of facts.openReReviews) {
    const actions = openReReviewActions(review, today);
    const subject = { applicationId: review.applicationId, name: review.name, cityCode: review.cityCode };
    for (const action of only(actions, 're-review.report-overdue')) findings.push(fromAction('re-review-report', action, subject, today));
    for (const action of only(actions, 're-review.assessment-overdue')) findings.push(fromAction('re-review-assessment', action, subject, today));
  }
  return findings.sort(compareFindings);
}

/** Due date, then division code, then name by code point, then the subject: never by how late (Art. 8). */
export function compareFindings(a: OverdueFinding, b: OverdueFinding): number {
  return cmp(a.dueOn, b.dueOn) || cmp(a.cityCode, b.cityCode) || cmp(a.name, b.name) || cmp(a.kind, b.kind) || cmp(a.subjectId, b.subjectId);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
