// What the deadline job does (F5 item 7): each action is a reminder, an overdue mark or an escalation, under a key
// that names the thing and the deadline, and a notification to the people who must act. No action changes an
// application's state: every state change is an act of a person (ADR 0009 "There is no non-human actor").
import type { PlainDate } from '../shared/plain-date';
import type { Role } from '../shared/roles';

export const DEADLINE_ACTION_KINDS = [
  'creation-period.reminder',
  'creation-period.ended',
  'notice.window-closed',
  'objections.reminder',
  'objections.overdue',
  'progress-report.reminder',
  'progress-report.overdue',
  'city-review.overdue',
  'acceptance-review.open-long',
  // 复核 (Art. 10; ADR 0016): re-review-deadlines.ts.
  're-review.report-reminder',
  're-review.report-overdue',
  're-review.assessment-reminder',
  're-review.assessment-overdue',
  're-review.due-reminder',
  're-review.rectification-ended',
] as const;
export type DeadlineActionKind = (typeof DEADLINE_ACTION_KINDS)[number];

/** Who is told: the users holding a role, narrowed to a city or an organisation (as notify() reads it). */
export interface ActionRecipients {
  role: Role;
  cityCode?: string;
  organisationId?: string;
}

export interface DeadlineAction {
  /** Unique per thing, deadline and step: a second run, or a second server, finds it taken and does nothing. */
  key: string;
  kind: DeadlineActionKind;
  /** The application, notice or acceptance review the action is about. */
  subjectId: string;
  /** The deadline the action is about. */
  dueOn: PlainDate;
  recipients: ActionRecipients[];
  title: string;
  body: string;
  /** Workspace path to open. */
  link: string;
}

export function actionKey(kind: DeadlineActionKind, ...parts: (string | number)[]): string {
  return [kind, ...parts].join(':');
}
