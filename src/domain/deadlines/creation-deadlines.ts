// Deadlines of a creation object (创建对象): the end of its creation period (Art. 7(3): 创建期满后，省工业和信息化厅
// 组织评估验收) and its half-year progress reports (progress-periods.ts: due 1 month after each half year).
import { creationPeriod } from '../creation-data/creation-period';
import { halfYearsOf } from '../creation-data/progress-periods';
import { chineseDate, type PlainDate } from '../shared/plain-date';
import { actionKey, type DeadlineAction } from './deadline-action';
import { daysUntil, dueReminder, isOverdue } from './reminders';

export interface CreationObjectFacts {
  id: string;
  name: string;
  state: string;
  organisationId: string;
  cityCode: string;
  creationPeriodEndsOn: PlainDate | null;
  isExtended: boolean;
  /** Half years (1, 2, …) already reported. */
  reportedHalfYears: readonly number[];
}

// Only an object still creating is reminded to apply: one in acceptance_submitted has applied already.
const REMINDED_TO_APPLY_STATES = ['creating'];
// The province must open acceptance from either state (ADR 0009: whether or not the operator applied).
const AWAITING_ACCEPTANCE_STATES = ['creating', 'acceptance_submitted'];
// The last half year is due a month after the period, when the object has usually applied or is under review; after
// the verdict the creation period's reports are no longer chased.
export const PROGRESS_REPORTING_STATES = ['creating', 'acceptance_submitted', 'acceptance_review'];

const acceptanceLink = (id: string) => `/workspace/creation-objects/${id}?tab=acceptance`;
const progressLink = (id: string) => `/workspace/creation-objects/${id}?tab=progress-reports`;

export function creationPeriodActions(object: CreationObjectFacts, today: PlainDate): DeadlineAction[] {
  const endsOn = object.creationPeriodEndsOn;
  if (!endsOn) return [];
  const actions: DeadlineAction[] = [];
  const reminder = dueReminder(today, endsOn);
  if (reminder !== null && REMINDED_TO_APPLY_STATES.includes(object.state)) {
    const left = daysUntil(today, endsOn);
    actions.push({
      // The last day is in the key: an extension (fail_acceptance) moves it, and the new period is reminded afresh.
      key: actionKey('creation-period.reminder', object.id, endsOn, reminder),
      kind: 'creation-period.reminder',
      subjectId: object.id,
      dueOn: endsOn,
      recipients: [{ role: 'applicant', organisationId: object.organisationId }],
      title: '创建期即将届满，请申请评估验收',
      body: `“${object.name}”的创建期至${chineseDate(endsOn)}届满（${left === 0 ? '今天' : `还有${left}天`}）。自届满之日起可提交评估验收申请（创建工作总结、目标完成情况和佐证材料）。`,
      link: acceptanceLink(object.id),
    });
  }
  if (isOverdue(today, endsOn) && AWAITING_ACCEPTANCE_STATES.includes(object.state)) {
    const applied = object.state === 'acceptance_submitted';
    actions.push({
      key: actionKey('creation-period.ended', object.id, endsOn),
      kind: 'creation-period.ended',
      subjectId: object.id,
      dueOn: endsOn,
      recipients: [{ role: 'province' }],
      title: '创建期已满，待组织评估验收',
      body: `“${object.name}”的创建期已于${chineseDate(endsOn)}届满，${applied ? '运营主体已申请评估验收' : '运营主体尚未申请评估验收'}，请组织评估验收。`,
      link: acceptanceLink(object.id),
    });
  }
  return actions;
}

export function progressReportActions(object: CreationObjectFacts, today: PlainDate): DeadlineAction[] {
  const period = creationPeriod(object);
  if (!period || !PROGRESS_REPORTING_STATES.includes(object.state)) return [];
  const actions: DeadlineAction[] = [];
  for (const half of halfYearsOf(period)) {
    if (object.reportedHalfYears.includes(half.index)) continue;
    // Keys name the half year, not its dates: an extension shortens the 4th half year by a day (it no longer ends
    // on the period's last day), and that must not chase the same report twice.
    const reminder = dueReminder(today, half.dueOn);
    if (reminder !== null) {
      const left = daysUntil(today, half.dueOn);
      const opens = today < half.endsOn ? `自${chineseDate(half.endsOn)}起可提交，` : '';
      actions.push({
        key: actionKey('progress-report.reminder', object.id, half.index, reminder),
        kind: 'progress-report.reminder',
        subjectId: object.id,
        dueOn: half.dueOn,
        recipients: [{ role: 'applicant', organisationId: object.organisationId }],
        title: `请按时提交${half.label}进展报告`,
        body: `“${object.name}”创建期${half.label}（${half.startsOn}至${half.endsOn}）的进展报告${opens}须于${chineseDate(half.dueOn)}前提交（${left === 0 ? '今天截止' : `还有${left}天`}）。`,
        link: progressLink(object.id),
      });
    }
    if (isOverdue(today, half.dueOn)) {
      actions.push({
        key: actionKey('progress-report.overdue', object.id, half.index),
        kind: 'progress-report.overdue',
        subjectId: object.id,
        dueOn: half.dueOn,
        recipients: [{ role: 'city', cityCode: object.cityCode }],
        title: '半年进展报告逾期未提交',
        body: `“${object.name}”创建期${half.label}（${half.startsOn}至${half.endsOn}）的进展报告应于${chineseDate(half.dueOn)}前提交，至今未提交，请督促运营主体报送。`,
        link: progressLink(object.id),
      });
    }
  }
  return actions;
}
