// The 待办 of 复核 (Art. 10; ADR 0016), from facts list-todos.ts gathers. Each rule is the one the act itself checks
// (re-review-rules.ts), so an item appears on the day the act becomes possible: the operator reports while its
// re-review is open and neither submitted nor assessed; the city assesses after the report or its last day; the
// province decides after the assessment or the city's last day, and schedules a round when objects are due today
// and no round is waiting to open.
import { assessBlockedReason, canReport, decideBlockedReason } from '../re-review/re-review-rules';
import type { PlainDate } from '../shared/plain-date';
import type { Role } from '../shared/roles';

/** An undecided re-review of an object in re_review, within the person's reach. */
export interface OpenReReviewTodoFact {
  applicationId: string;
  reportDueOn: PlainDate;
  cityDueOn: PlainDate;
  isSubmitted: boolean;
  isAssessed: boolean;
}

export interface ReReviewWork {
  openReReviews: readonly OpenReReviewTodoFact[];
  /** Province: objects a round opening today would take in. */
  dueToday: number;
  /** Province: rounds not yet opened whose opening day is today or later. */
  scheduledRounds: number;
}

export const NO_RE_REVIEW_WORK: ReReviewWork = { openReReviews: [], dueToday: 0, scheduledRounds: 0 };

export interface ReReviewTodo {
  key: string;
  title: string;
  description: string;
  link: string;
  count: number;
}

const progressOf = (r: OpenReReviewTodoFact) => ({ submittedAt: r.isSubmitted ? new Date(0) : null, assessedAt: r.isAssessed ? new Date(0) : null, outcome: null });
const LIST = '/workspace/re-review';

export function reReviewTodos(facts: ReReviewWork & { role: Role; today: PlainDate }): ReReviewTodo[] {
  const todos: ReReviewTodo[] = [];
  const add = (key: string, n: number, title: string, description: string, link: string) => {
    if (n > 0) todos.push({ key, title, description, link, count: n });
  };
  switch (facts.role) {
    case 'applicant': {
      const due = facts.openReReviews.filter((r) => canReport(progressOf(r)));
      const [only] = due;
      add(
        'reReview.report',
        due.length,
        '提交运行和服务情况报告',
        `有${due.length}个示范平台（基地）正在复核，请填写并提交运行和服务情况报告。`,
        due.length === 1 && only ? `/workspace/creation-objects/${only.applicationId}?tab=re-review` : '/workspace/creation-objects',
      );
      break;
    }
    case 'city': {
      const n = facts.openReReviews.filter((r) => assessBlockedReason(progressOf(r), r, facts.today) === null).length;
      add('reReview.assess', n, '复核评估', `有${n}个示范平台（基地）的复核待地市评估（达标或不达标）。`, LIST);
      break;
    }
    case 'province': {
      const n = facts.openReReviews.filter((r) => decideBlockedReason(progressOf(r), r, facts.today) === null).length;
      add('reReview.decide', n, '作出复核结论', `有${n}个示范平台（基地）的复核可作出结论。`, LIST);
      add('reReview.schedule', facts.scheduledRounds === 0 ? facts.dueToday : 0, '安排复核', `有${facts.dueToday}个示范平台（基地）已到复核时间，请安排复核批次。`, LIST);
      break;
    }
    default:
      break;
  }
  return todos;
}
