// Named conditions a transition row may require. A check returns null when the condition holds, otherwise the
// Chinese reason shown to the person who tried (TRANSITION_PRECONDITION_FAILED). Dates follow the boundary
// convention of calendar-periods.ts: "ends on" is the last day inside a period, so an act that must wait until
// a period is over is allowed from the next day (DESIGN §3).
import { reReviewDueOf, type LifecycleContext } from './context';

export interface Guard {
  /** Short Chinese condition, shown in docs/lifecycle.md and next to the arrow. */
  label: string;
  check(context: LifecycleContext): string | null;
}

function missingReason(context: LifecycleContext): string | null {
  return context.reason?.trim() ? null : '请填写理由。';
}

function firstFailing(...reasons: (string | null)[]): string | null {
  return reasons.find((reason) => reason !== null) ?? null;
}

// Art. 7(2)(4): 公示5个工作日，公示无异议或异议不属实的 … The window includes its last working day.
function publicityNotClosed(context: LifecycleContext): string | null {
  const { publicityEndsOn, today, unresolvedObjections } = context;
  if (publicityEndsOn === null) return '尚未发布公示。';
  if (today <= publicityEndsOn) return `公示期至${publicityEndsOn}（含当日）结束，公示期满后方可办理。`;
  if (unresolvedObjections > 0) return `尚有${unresolvedObjections}件异议未核实，须先认定异议是否属实。`;
  return null;
}

function noPendingObjection(context: LifecycleContext): string | null {
  return context.unresolvedObjections > 0 ? null : '没有待核实的异议。';
}

export const GUARDS = {
  hasReason: { label: '已填写理由', check: missingReason },
  publicityClosed: { label: '公示期满且异议均已核实为不属实', check: publicityNotClosed },
  objectionUpheld: {
    label: '有待核实的异议，且已填写核实结论',
    check: (context) => firstFailing(noPendingObjection(context), missingReason(context)),
  },
  // Art. 7(3): 创建期满后 … the operator may apply from the last day of the period on, so that the province's
  // evaluation can start the day after it.
  creationPeriodReached: {
    label: '已到创建期届满之日',
    check: ({ creationPeriodEndsOn, today }) => {
      if (creationPeriodEndsOn === null) return '尚未登记创建期截止日期。';
      return today >= creationPeriodEndsOn ? null : `创建期至${creationPeriodEndsOn}届满，届满当日起方可申请评估验收。`;
    },
  },
  // Art. 7(3): 创建期满后，省工业和信息化厅组织评估验收.
  creationPeriodOver: {
    label: '创建期已满',
    check: ({ creationPeriodEndsOn, today }) => {
      if (creationPeriodEndsOn === null) return '尚未登记创建期截止日期。';
      return today > creationPeriodEndsOn ? null : `创建期至${creationPeriodEndsOn}（含当日）届满，期满后方可组织评估验收。`;
    },
  },
  // Art. 7(3): 初次验收未通过的，允许延长1年创建期.
  firstAcceptanceFailure: {
    label: '首次验收未通过（尚未延期）',
    check: (context) =>
      firstFailing(
        missingReason(context),
        context.isExtended ? '创建期已延长过一次。' : null,
        context.creationPeriodEndsOn === null ? '尚未登记创建期截止日期，无法延期。' : null,
      ),
  },
  // Art. 7(3): 再次验收未通过的退出创建活动.
  repeatedAcceptanceFailure: {
    label: '延期后再次验收未通过',
    check: (context) => firstFailing(missingReason(context), context.isExtended ? null : '创建期尚未延长过，首次验收未通过应延期1年。'),
  },
  // Art. 10: 复核不达标的给予1年整改期.
  firstReReviewFailure: {
    label: '上次复核已通过',
    check: (context) =>
      firstFailing(missingReason(context), context.consecutiveFailedReReviews === 0 ? null : '上次复核未通过，本次复核不达标应撤销认定。'),
  },
  // Art. 10: 连续两年未通过复核的取消认定命名.
  repeatedReReviewFailure: {
    label: '整改后再次复核不达标',
    check: (context) =>
      firstFailing(missingReason(context), context.consecutiveFailedReReviews > 0 ? null : '上次复核已通过，本次复核不达标应给予1年整改期。'),
  },
  // Art. 10: 每2年开展一次 — a certified platform is re-reviewed once two years have passed since its certification
  // (or since the day its last passed re-review started: scheduleReReview).
  reReviewDue: {
    label: '距认定或上次复核开始已满2年',
    check: (context) => {
      const dueOn = reReviewDueOf(context);
      if (dueOn === null) return '尚未确定复核日期。';
      return context.today >= dueOn ? null : `${dueOn}起方可复核（每2年复核一次）。`;
    },
  },
  // Art. 10: the whole year of rectification is granted before the next re-review.
  rectificationOver: {
    label: '整改期已满',
    check: ({ rectificationEndsOn, today }) => {
      if (rectificationEndsOn === null) return '尚未登记整改期截止日期。';
      return today > rectificationEndsOn ? null : `整改期至${rectificationEndsOn}（含当日）结束，期满后方可再次复核。`;
    },
  },
  // Art. 11: 发生更名、合并、重组等重大变化或调整的 … the report says when it happened.
  changeOccurred: {
    label: '已填写变化发生日期（不晚于今天）',
    check: ({ changeOccurredOn, today }) => {
      if (!changeOccurredOn) return '请填写重大变化发生的日期。';
      return changeOccurredOn <= today ? null : '重大变化发生日期不能晚于今天。';
    },
  },
  changeReportAwaitingCity: {
    label: '有待地市审核的变化报告',
    check: ({ changeReportsAwaitingCity }) => (changeReportsAwaitingCity > 0 ? null : '没有待地市审核的重大变化报告。'),
  },
  changeReportAwaitingProvince: {
    label: '有地市已提出意见的变化报告',
    check: ({ changeReportsAwaitingProvince }) => (changeReportsAwaitingProvince > 0 ? null : '没有地市已提出意见、待省级决定的重大变化报告。'),
  },
  changeRevocation: {
    label: '有地市已提出意见的变化报告，且已填写理由',
    check: (context) =>
      firstFailing(
        context.changeReportsAwaitingProvince > 0 ? null : '没有地市已提出意见、待省级决定的重大变化报告。',
        missingReason(context),
      ),
  },
  notNational: { label: '尚未标注为国家级', check: ({ isNational }) => (isNational ? '已标注为国家级示范平台（基地）。' : null) },
  national: { label: '已标注为国家级', check: ({ isNational }) => (isNational ? null : '尚未标注为国家级示范平台（基地）。') },
} as const satisfies Record<string, Guard>;

export type GuardName = keyof typeof GUARDS;
