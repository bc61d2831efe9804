// Deadlines of the province's and the cities' own work: the end of a 公示 window (Art. 7(2)(4)), the handling of
// objections (objection-window.ts: 10 working days after the window), the city's initial review (the annual call's
// city_review_deadline, Art. 7(1)) and an acceptance review left open (Art. 7(3)).
import { addDays } from '../calendar/day-arithmetic';
import { divisionName } from '../divisions/divisions';
import { chineseDate, type PlainDate } from '../shared/plain-date';
import { actionKey, type DeadlineAction } from './deadline-action';
import { daysUntil, dueReminder, isOverdue } from './reminders';

export interface NoticeFacts {
  id: string;
  title: string;
  stage: 'creation' | 'certification';
  endsOn: PlainDate;
  handlingDueOn: PlainDate;
  /** Entries whose application is still in this stage's 公示 state: the work the window's end leaves to do. */
  entriesUnderPublicity: number;
  /** Objections not yet found true or untrue. */
  openObjections: number;
}

export interface PendingCityReviewFacts {
  id: string;
  name: string;
  cityCode: string;
  cityReviewDeadline: PlainDate;
}

export interface OpenAcceptanceReviewFacts {
  id: string;
  applicationId: string;
  name: string;
  attempt: number;
  /** The day (Asia/Shanghai) the province started the attempt; a revision keeps it, for display. */
  startedOn: PlainDate;
  /**
   * The day a revision (revision > 1) was opened by an upheld 拟认定公示 objection (ADR 0015); null for revision 1.
   * A revision's 60 days count from here: counted from startedOn, the reminder would come the day it opens.
   */
  reopenedOn: PlainDate | null;
}

// Objections are due within 10 working days, so a 30-day reminder would come before the window even closed.
export const OBJECTION_REMINDER_DAYS_BEFORE = [7, 1] as const;
/** A review with no verdict this many days after it was started is brought back to the province. */
export const ACCEPTANCE_REVIEW_OPEN_DAYS = 60;

const NEXT_STEP = {
  creation: '确定创建对象',
  certification: '发文公告正式认定',
} as const;

const noticeLink = (id: string) => `/workspace/notices/${id}`;

export function noticeActions(notice: NoticeFacts, today: PlainDate): DeadlineAction[] {
  const actions: DeadlineAction[] = [];
  if (isOverdue(today, notice.endsOn) && notice.entriesUnderPublicity > 0) {
    const objections = notice.openObjections > 0 ? `尚有${notice.openObjections}条异议待核实（须于${chineseDate(notice.handlingDueOn)}前办结），核实后` : '';
    actions.push({
      key: actionKey('notice.window-closed', notice.id, notice.endsOn),
      kind: 'notice.window-closed',
      subjectId: notice.id,
      dueOn: notice.endsOn,
      recipients: [{ role: 'province' }],
      title: `公示期已结束，待${NEXT_STEP[notice.stage]}`,
      body: `“${notice.title}”的公示期已于${chineseDate(notice.endsOn)}结束，${objections}请${NEXT_STEP[notice.stage]}。`,
      link: noticeLink(notice.id),
    });
  }
  if (notice.openObjections === 0) return actions;
  const reminder = dueReminder(today, notice.handlingDueOn, OBJECTION_REMINDER_DAYS_BEFORE);
  if (reminder !== null) {
    const left = daysUntil(today, notice.handlingDueOn);
    actions.push({
      key: actionKey('objections.reminder', notice.id, notice.handlingDueOn, reminder),
      kind: 'objections.reminder',
      subjectId: notice.id,
      dueOn: notice.handlingDueOn,
      recipients: [{ role: 'province' }],
      title: '公示异议即将到期，请及时核实',
      body: `“${notice.title}”尚有${notice.openObjections}条异议待核实，须于${chineseDate(notice.handlingDueOn)}前办结（${left === 0 ? '今天截止' : `还有${left}天`}）。`,
      link: noticeLink(notice.id),
    });
  }
  if (isOverdue(today, notice.handlingDueOn)) {
    // Escalated to the supervising authority (纪检监察与审计), who can read the notice and its objections.
    actions.push({
      key: actionKey('objections.overdue', notice.id, notice.handlingDueOn),
      kind: 'objections.overdue',
      subjectId: notice.id,
      dueOn: notice.handlingDueOn,
      recipients: [{ role: 'auditor' }],
      title: '公示异议逾期未核实',
      body: `“${notice.title}”有${notice.openObjections}条异议应于${chineseDate(notice.handlingDueOn)}前核实办结，逾期仍未作出结论。`,
      link: noticeLink(notice.id),
    });
  }
  return actions;
}

export function cityReviewActions(application: PendingCityReviewFacts, today: PlainDate): DeadlineAction[] {
  if (!isOverdue(today, application.cityReviewDeadline)) return [];
  const city = divisionName(application.cityCode) ?? application.cityCode;
  return [
    {
      key: actionKey('city-review.overdue', application.id, application.cityReviewDeadline),
      kind: 'city-review.overdue',
      subjectId: application.id,
      dueOn: application.cityReviewDeadline,
      recipients: [{ role: 'province' }],
      title: '地市初审逾期',
      body: `${city}的申报“${application.name}”在地市初审截止日（${chineseDate(application.cityReviewDeadline)}）后仍未初审，请督促${city}办理。`,
      link: `/workspace/applications/${application.id}`,
    },
  ];
}

export function acceptanceReviewActions(review: OpenAcceptanceReviewFacts, today: PlainDate): DeadlineAction[] {
  const dueOn = addDays(review.reopenedOn ?? review.startedOn, ACCEPTANCE_REVIEW_OPEN_DAYS);
  if (today < dueOn) return [];
  return [
    {
      key: actionKey('acceptance-review.open-long', review.id),
      kind: 'acceptance-review.open-long',
      subjectId: review.id,
      dueOn,
      recipients: [{ role: 'province' }],
      title: '评估验收已开展较长时间，尚未作出结论',
      body: review.reopenedOn
        ? `“${review.name}”的第${review.attempt}次评估验收因拟认定公示异议属实，于${chineseDate(review.reopenedOn)}重新作出结论，已满${ACCEPTANCE_REVIEW_OPEN_DAYS}天仍未作出验收结论。`
        : `“${review.name}”的第${review.attempt}次评估验收于${chineseDate(review.startedOn)}开始，已满${ACCEPTANCE_REVIEW_OPEN_DAYS}天仍未作出验收结论。`,
      link: `/workspace/creation-objects/${review.applicationId}?tab=acceptance`,
    },
  ];
}
