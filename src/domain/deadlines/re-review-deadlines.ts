// Deadlines of 复核 (Art. 10; ADR 0016): the operator is reminded 7 and 1 days before its report is due while it has
// not submitted; the city 7 and 1 days before its assessment is due while it has not assessed; the day after, a
// missing report is brought to the city and a missing assessment to the province. The province is reminded 30 days
// before an object's re-review falls due and told the day after a rectification year ends, so it can schedule a round.
import { chineseDate, type PlainDate } from '../shared/plain-date';
import { actionKey, type DeadlineAction } from './deadline-action';
import { daysUntil, dueReminder, isOverdue } from './reminders';

export const RE_REVIEW_PHASE_REMINDER_DAYS_BEFORE = [7, 1] as const;
export const RE_REVIEW_DUE_REMINDER_DAYS_BEFORE = [30] as const;

export interface OpenReReviewFacts {
  id: string;
  applicationId: string;
  name: string;
  organisationId: string;
  cityCode: string;
  roundTitle: string;
  reportDueOn: PlainDate;
  cityDueOn: PlainDate;
  isSubmitted: boolean;
  isAssessed: boolean;
}

export interface ReReviewObjectFacts {
  id: string;
  name: string;
  /** 'certified' or 'rectifying'. */
  state: string;
  reReviewDueOn: PlainDate | null;
  rectificationEndsOn: PlainDate | null;
}

const link = (applicationId: string) => `/workspace/creation-objects/${applicationId}?tab=re-review`;
const left = (today: PlainDate, dueOn: PlainDate) => {
  const days = daysUntil(today, dueOn);
  return days === 0 ? '今天截止' : `还有${days}天`;
};

export function openReReviewActions(review: OpenReReviewFacts, today: PlainDate): DeadlineAction[] {
  const actions: DeadlineAction[] = [];
  const common = { subjectId: review.id, link: link(review.applicationId) };
  if (!review.isSubmitted && !review.isAssessed) {
    const reminder = dueReminder(today, review.reportDueOn, RE_REVIEW_PHASE_REMINDER_DAYS_BEFORE);
    if (reminder !== null) {
      actions.push({
        ...common,
        key: actionKey('re-review.report-reminder', review.id, review.reportDueOn, reminder),
        kind: 're-review.report-reminder',
        dueOn: review.reportDueOn,
        recipients: [{ role: 'applicant', organisationId: review.organisationId }],
        title: '请提交运行和服务情况报告',
        body: `“${review.name}”${review.roundTitle}的运行和服务情况报告须于${chineseDate(review.reportDueOn)}前提交（${left(today, review.reportDueOn)}）。`,
      });
    }
    if (isOverdue(today, review.reportDueOn)) {
      actions.push({
        ...common,
        key: actionKey('re-review.report-overdue', review.id, review.reportDueOn),
        kind: 're-review.report-overdue',
        dueOn: review.reportDueOn,
        recipients: [{ role: 'city', cityCode: review.cityCode }],
        title: '运行和服务情况报告逾期未提交',
        body: `“${review.name}”未在${chineseDate(review.reportDueOn)}前提交${review.roundTitle}的运行和服务情况报告，可直接作出地市评估（截止${chineseDate(review.cityDueOn)}）。`,
      });
    }
  }
  if (!review.isAssessed) {
    const reminder = dueReminder(today, review.cityDueOn, RE_REVIEW_PHASE_REMINDER_DAYS_BEFORE);
    if (reminder !== null) {
      actions.push({
        ...common,
        key: actionKey('re-review.assessment-reminder', review.id, review.cityDueOn, reminder),
        kind: 're-review.assessment-reminder',
        dueOn: review.cityDueOn,
        recipients: [{ role: 'city', cityCode: review.cityCode }],
        title: '复核地市评估即将到期',
        body: `“${review.name}”${review.roundTitle}的地市评估须于${chineseDate(review.cityDueOn)}前作出（${left(today, review.cityDueOn)}）。`,
      });
    }
    if (isOverdue(today, review.cityDueOn)) {
      actions.push({
        ...common,
        key: actionKey('re-review.assessment-overdue', review.id, review.cityDueOn),
        kind: 're-review.assessment-overdue',
        dueOn: review.cityDueOn,
        recipients: [{ role: 'province' }],
        title: '复核地市评估逾期',
        body: `“${review.name}”${review.roundTitle}的地市评估应于${chineseDate(review.cityDueOn)}前作出，逾期仍未评估；可直接作出复核结论。`,
      });
    }
  }
  return actions;
}

export function reReviewObjectActions(object: ReReviewObjectFacts, today: PlainDate): DeadlineAction[] {
  if (object.state === 'certified' && object.reReviewDueOn) {
    const reminder = dueReminder(today, object.reReviewDueOn, RE_REVIEW_DUE_REMINDER_DAYS_BEFORE);
    if (reminder === null) return [];
    return [
      {
        key: actionKey('re-review.due-reminder', object.id, object.reReviewDueOn),
        kind: 're-review.due-reminder',
        subjectId: object.id,
        dueOn: object.reReviewDueOn,
        recipients: [{ role: 'province' }],
        title: '示范平台（基地）即将到期复核',
        body: `“${object.name}”自${chineseDate(object.reReviewDueOn)}起应开展运行和服务情况复核（每2年一次），请安排复核批次。`,
        link: '/workspace/re-review',
      },
    ];
  }
  if (object.state === 'rectifying' && object.rectificationEndsOn && isOverdue(today, object.rectificationEndsOn)) {
    return [
      {
        key: actionKey('re-review.rectification-ended', object.id, object.rectificationEndsOn),
        kind: 're-review.rectification-ended',
        subjectId: object.id,
        dueOn: object.rectificationEndsOn,
        recipients: [{ role: 'province' }],
        title: '整改期已满，待再次复核',
        body: `“${object.name}”的整改期已于${chineseDate(object.rectificationEndsOn)}届满，请安排整改期满后的复核。`,
        link: '/workspace/re-review',
      },
    ];
  }
  return [];
}
