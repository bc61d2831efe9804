import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error';
import { ROLES, type Role } from '../shared/roles';
import { NEW_APPLICATION_FACTS, type LifecycleContext } from './context';
import type { GuardName } from './guards';
import { transition } from './transition';
import { TRANSITION_ROWS, type TransitionRow } from './transitions';

const TODAY = '2026-11-28';
const context = (overrides: Partial<LifecycleContext> = {}): LifecycleContext => ({ ...NEW_APPLICATION_FACTS, today: TODAY, ...overrides });

// For each guard: facts under which it holds, and variants under which it does not (with the expected reason).
const HOLDS: Record<GuardName, Partial<LifecycleContext>> = {
  hasReason: { reason: '材料不全' },
  publicityClosed: { publicityEndsOn: '2026-11-27', unresolvedObjections: 0 },
  objectionUpheld: { unresolvedObjections: 1, reason: '经核实，服务数据不实' },
  creationPeriodReached: { creationPeriodEndsOn: TODAY },
  creationPeriodOver: { creationPeriodEndsOn: '2026-11-27' },
  firstAcceptanceFailure: { reason: '服务企业不足3000家', isExtended: false, creationPeriodEndsOn: '2026-10-12' },
  repeatedAcceptanceFailure: { reason: '服务企业仍不足3000家', isExtended: true, creationPeriodEndsOn: '2027-10-12' },
  firstReReviewFailure: { reason: '满意度低于90%', consecutiveFailedReReviews: 0 },
  repeatedReReviewFailure: { reason: '整改后满意度仍低于90%', consecutiveFailedReReviews: 1 },
  reReviewDue: { reReviewDueOn: TODAY },
  rectificationOver: { rectificationEndsOn: '2026-11-27' },
  changeOccurred: { changeOccurredOn: '2026-10-01' },
  changeReportAwaitingCity: { changeReportsAwaitingCity: 1 },
  changeReportAwaitingProvince: { changeReportsAwaitingProvince: 1 },
  changeRevocation: { changeReportsAwaitingProvince: 1, reason: '合并后不再从事公共服务' },
  notNational: { isNational: false },
  national: { isNational: true },
};

const FAILS: Record<GuardName, [Partial<LifecycleContext>, string][]> = {
  hasReason: [[{ reason: null }, '请填写理由'], [{ reason: '   ' }, '请填写理由']],
  publicityClosed: [
    [{ publicityEndsOn: null }, '尚未发布公示'],
    [{ publicityEndsOn: TODAY }, `公示期至${TODAY}（含当日）结束`],
    [{ publicityEndsOn: '2026-11-27', unresolvedObjections: 2 }, '尚有2件异议未核实'],
  ],
  objectionUpheld: [[{ unresolvedObjections: 0, reason: '属实' }, '没有待核实的异议'], [{ unresolvedObjections: 1, reason: null }, '请填写理由']],
  creationPeriodReached: [[{ creationPeriodEndsOn: null }, '尚未登记创建期'], [{ creationPeriodEndsOn: '2026-11-29' }, '创建期至2026-11-29届满']],
  creationPeriodOver: [[{ creationPeriodEndsOn: null }, '尚未登记创建期'], [{ creationPeriodEndsOn: TODAY }, `创建期至${TODAY}（含当日）届满`]],
  firstAcceptanceFailure: [[{ reason: null }, '请填写理由'], [{ reason: '不达标', creationPeriodEndsOn: null }, '无法延期']],
  repeatedAcceptanceFailure: [[{ reason: null }, '请填写理由']],
  firstReReviewFailure: [[{ reason: '' }, '请填写理由']],
  repeatedReReviewFailure: [[{ reason: null }, '请填写理由']],
  // Due on the day two years after certification, not the day before (Art. 10).
  reReviewDue: [[{ reReviewDueOn: null }, '尚未确定复核日期'], [{ reReviewDueOn: '2026-11-29' }, '2026-11-29起方可复核']],
  rectificationOver: [[{ rectificationEndsOn: null }, '尚未登记整改期'], [{ rectificationEndsOn: TODAY }, `整改期至${TODAY}（含当日）结束`]],
  changeOccurred: [[{ changeOccurredOn: null }, '请填写重大变化发生的日期'], [{ changeOccurredOn: '2026-11-29' }, '不能晚于今天']],
  changeReportAwaitingCity: [[{ changeReportsAwaitingCity: 0 }, '没有待地市审核']],
  changeReportAwaitingProvince: [[{ changeReportsAwaitingProvince: 0 }, '待省级决定']],
  changeRevocation: [[{ changeReportsAwaitingProvince: 0, reason: '撤销' }, '待省级决定'], [{ reason: null }, '请填写理由']],
  notNational: [[{ isNational: true }, '已标注为国家级']],
  national: [[{ isNational: false }, '尚未标注为国家级']],
};

const rowName = (row: TransitionRow) => `${row.from} --${row.event}--> ${row.to}`;
const holdsFor = (row: TransitionRow) => context(row.guard ? HOLDS[row.guard] : {});

function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('every row of the lifecycle table', () => {
  it.each(TRANSITION_ROWS.map((row) => [rowName(row), row] as const))('%s: each allowed role reaches the target with the row’s effects', (_name, row) => {
    for (const role of row.roles) {
      const result = transition(row.from, row.event, role, holdsFor(row));
      expect(result.state).toBe(row.to);
      expect(result.row).toBe(row);
      expect(result.effects).toHaveLength(row.effects?.length ?? 0);
    }
  });

  it.each(TRANSITION_ROWS.map((row) => [rowName(row), row] as const))('%s: every other role is refused with FORBIDDEN', (_name, row) => {
    const rolesOfEvent = new Set<Role>(TRANSITION_ROWS.filter((r) => r.from === row.from && r.event === row.event).flatMap((r) => r.roles));
    const others = ROLES.filter((role) => !rolesOfEvent.has(role));
    expect(others.length).toBeGreaterThan(0);
    for (const role of others) {
      const error = errorOf(() => transition(row.from, row.event, role, holdsFor(row)));
      expect(error.code).toBe('FORBIDDEN');
      expect(error.message).toContain('无权');
      expect(error.details).toEqual({ state: row.from, event: row.event, role });
    }
  });

  const guarded = TRANSITION_ROWS.filter((row) => row.guard).flatMap((row) =>
    FAILS[row.guard as GuardName].map(([facts, reason]) => [rowName(row), row, facts, reason] as const),
  );
  it.each(guarded)('%s: refused when its guard fails (%#) unless a sibling row applies', (_name, row, facts, reason) => {
    const ctx = context({ ...HOLDS[row.guard as GuardName], ...facts });
    const role = row.roles[0] as Role;
    let result;
    try {
      result = transition(row.from, row.event, role, ctx);
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('TRANSITION_PRECONDITION_FAILED');
      expect((error as AppError).message).toContain(reason);
      return;
    }
    expect(result.row).not.toBe(row);
  });
});

describe('transition refusals', () => {
  it('names the state and the event when the state has no such row', () => {
    const error = errorOf(() => transition('draft', 'certify', 'province', context()));
    expect(error.code).toBe('TRANSITION_NOT_ALLOWED');
    expect(error.message).toBe('当前状态为“草稿”，不能办理“发文公告正式认定”。');
  });

  it('says why a guard failed, in Chinese, with the event', () => {
    const error = errorOf(() => transition('creation_publicity', 'confirm_creation', 'province', context({ publicityEndsOn: TODAY })));
    expect(error.code).toBe('TRANSITION_PRECONDITION_FAILED');
    expect(error.message).toBe(`暂不能办理“确定为创建对象”：公示期至${TODAY}（含当日）结束，公示期满后方可办理。`);
  });
});

// Boundaries (DESIGN §3): a period's "ends on" day is still inside it (calendar-periods.ts). The 公示 published on
// 2026-09-28 ends on 2026-10-09 (DESIGN §3 example), so it can be confirmed from 2026-10-10. The applicant may apply
// for acceptance on the creation period's last day D, the province evaluates from D+1 ("创建期满后", Art. 7(3)).
describe('guard boundaries', () => {
  it.each([
    ['creation_publicity', 'confirm_creation', '2026-10-09', 'refused'],
    ['creation_publicity', 'confirm_creation', '2026-10-10', 'creating'],
    ['certification_publicity', 'certify', '2026-10-09', 'refused'],
    ['certification_publicity', 'certify', '2026-10-10', 'certified'],
  ] as const)('%s %s on %s → %s (公示 ends 2026-10-09)', (from, event, today, expected) => {
    const run = () => transition(from, event, 'province', context({ today, publicityEndsOn: '2026-10-09' }));
    if (expected === 'refused') expect(errorOf(run).code).toBe('TRANSITION_PRECONDITION_FAILED');
    else expect(run().state).toBe(expected);
  });

  it.each([
    [1, 'refused'],
    [0, 'creating'],
  ] as const)('confirming the day after the 公示 with %i unresolved objections → %s', (unresolvedObjections, expected) => {
    const run = () => transition('creation_publicity', 'confirm_creation', 'province', context({ today: '2026-10-10', publicityEndsOn: '2026-10-09', unresolvedObjections }));
    if (expected === 'refused') expect(errorOf(run).message).toContain('尚有1件异议未核实');
    else expect(run().state).toBe(expected);
  });

  it.each([
    ['creating', 'submit_acceptance', 'applicant', '2028-10-11', 'refused'],
    ['creating', 'submit_acceptance', 'applicant', '2028-10-12', 'acceptance_submitted'],
    ['acceptance_submitted', 'start_acceptance_review', 'province', '2028-10-12', 'refused'],
    ['acceptance_submitted', 'start_acceptance_review', 'province', '2028-10-13', 'acceptance_review'],
  ] as const)('%s %s by %s on %s → %s (creation period ends 2028-10-12)', (from, event, role, today, expected) => {
    const run = () => transition(from, event, role, context({ today, creationPeriodEndsOn: '2028-10-12' }));
    if (expected === 'refused') expect(errorOf(run).code).toBe('TRANSITION_PRECONDITION_FAILED');
    else expect(run().state).toBe(expected);
  });

  it.each([
    ['2027-11-28', 'refused'],
    ['2027-11-29', 're_review'],
  ] as const)('re-review after rectification on %s → %s (rectification ends 2027-11-28)', (today, expected) => {
    const run = () => transition('rectifying', 'start_re_review', 'province', context({ today, rectificationEndsOn: '2027-11-28' }));
    if (expected === 'refused') expect(errorOf(run).code).toBe('TRANSITION_PRECONDITION_FAILED');
    else expect(run().state).toBe(expected);
  });

  it.each([
    ['certified', '2026-11-28', 'certified'],
    ['certified', '2026-11-29', 'refused'],
    ['re_review', '2026-11-28', 're_review'],
    ['re_review', '2026-11-29', 'refused'],
  ] as const)('in %s, a change that took effect on %s, reported on 2026-11-28 → %s', (from, changeOccurredOn, expected) => {
    const run = () => transition(from, 'report_change', 'applicant', context({ changeOccurredOn }));
    if (expected === 'refused') expect(errorOf(run).message).toContain('不能晚于今天');
    else expect(run().state).toBe(expected);
  });
});

describe('effects', () => {
  it.each([
    ['2026-10-12', '2028-10-12'],
    ['2024-02-29', '2026-02-28'],
  ])('confirmed as a creation object on %s → the 2-year creation period ends on %s (Art. 7(2))', (today, endsOn) => {
    const { effects } = transition('creation_publicity', 'confirm_creation', 'province', context({ today, publicityEndsOn: '2024-01-01' }));
    expect(effects).toEqual([
      { kind: 'publicity_closed', stage: 'creation', outcome: 'confirmed' },
      { kind: 'creation_period_started', startsOn: today, endsOn },
    ]);
  });

  it('extends the creation period by one year from its last day on a first failed acceptance (Art. 7(3))', () => {
    const { state, effects } = transition('acceptance_review', 'fail_acceptance', 'province', context({ today: '2028-12-01', reason: '未达认定标准', creationPeriodEndsOn: '2028-10-12' }));
    expect(state).toBe('creating');
    expect(effects).toEqual([
      { kind: 'reason_recorded', reason: '未达认定标准', isPublic: false },
      { kind: 'creation_period_extended', endsOn: '2029-10-12' },
    ]);
  });

  it('exits creation on a second failed acceptance (Art. 7(3))', () => {
    const { state } = transition('acceptance_review', 'fail_acceptance', 'province', context({ reason: '仍未达标', isExtended: true, creationPeriodEndsOn: '2029-10-12' }));
    expect(state).toBe('exited');
  });

  it('schedules the re-review two years after certification (Art. 10)', () => {
    const { effects } = transition('certification_publicity', 'certify', 'province', context({ today: '2029-01-10', publicityEndsOn: '2029-01-09' }));
    expect(effects).toContainEqual({ kind: 're_review_scheduled', dueOn: '2031-01-10' });
  });

  it.each([
    ['certified', { reReviewDueOn: '2030-03-01' }],
    ['rectifying', { rectificationEndsOn: '2030-02-28' }],
  ] as const)('records the day a re-review starts from %s (Art. 10)', (from, facts) => {
    const { effects } = transition(from, 'start_re_review', 'province', context({ today: '2030-03-01', ...facts }));
    expect(effects).toEqual([{ kind: 're_review_started', on: '2030-03-01' }]);
  });

  // Art. 10: 每2年 — counted from the day the passed re-review started, not the decision, so the cycle does not drift.
  it.each([
    ['2030-03-01', '2030-06-15', '2032-03-01'],
    ['2030-03-01', '2030-03-01', '2032-03-01'],
    ['2028-02-29', '2028-05-10', '2030-02-28'],
    ['2031-03-02', '2032-04-01', '2033-03-02'],
    [null, '2030-06-15', '2032-06-15'],
  ] as const)('a re-review started on %s and passed on %s is next due on %s', (reReviewStartedOn, today, dueOn) => {
    const { state, effects } = transition('re_review', 'pass_re_review', 'province', context({ today, reReviewStartedOn }));
    expect(state).toBe('certified');
    expect(effects).toEqual([{ kind: 're_review_recorded', passed: true, consecutiveFailures: 0 }, { kind: 're_review_scheduled', dueOn }]);
  });

  it.each([
    ['2029-01-20', '2031-01-20'],
    ['2028-02-29', '2030-02-28'],
  ])('certified on %s → first re-review due %s (Art. 10)', (today, dueOn) => {
    const { effects } = transition('certification_publicity', 'certify', 'province', context({ today, publicityEndsOn: '2028-01-01' }));
    expect(effects).toContainEqual({ kind: 're_review_scheduled', dueOn });
  });

  it.each([
    [0, 'rectifying', [{ kind: 're_review_recorded', passed: false, consecutiveFailures: 1 }, { kind: 'reason_recorded', reason: '不达标', isPublic: false }, { kind: 'rectification_started', endsOn: '2027-11-28' }]],
    [1, 'revoked', [{ kind: 're_review_recorded', passed: false, consecutiveFailures: 2 }, { kind: 'reason_recorded', reason: '不达标', isPublic: true }]],
  ] as const)('a failed re-review after %i failures → %s (Art. 10: 连续两年未通过复核)', (consecutiveFailedReReviews, state, effects) => {
    const result = transition('re_review', 'fail_re_review', 'province', context({ reason: '不达标', consecutiveFailedReReviews }));
    expect(result.state).toBe(state);
    expect(result.effects).toEqual(effects);
  });

  it.each([
    ['2026-01-31', '2026-04-30', '2026-04-30', false],
    ['2026-01-31', '2026-04-30', '2026-05-01', true],
    ['2026-08-28', '2026-11-28', '2026-11-28', false],
    ['2026-08-27', '2026-11-27', '2026-11-28', true],
  ])('a change on %s is due by %s; reported on %s overdue: %s (Art. 11)', (changeOccurredOn, reportDueOn, today, isOverdue) => {
    const { effects } = transition('creating', 'report_change', 'applicant', context({ today, changeOccurredOn }));
    expect(effects).toEqual([{ kind: 'change_reported', changeOccurredOn, reportDueOn, isOverdue }]);
  });

  it('publishes the reason of an Art. 12 revocation (DESIGN §5)', () => {
    const { state, effects } = transition('rectifying', 'revoke_certification', 'province', context({ reason: '  列入严重失信主体名单  ' }));
    expect(state).toBe('revoked');
    expect(effects).toEqual([{ kind: 'reason_recorded', reason: '列入严重失信主体名单', isPublic: true }]);
  });
});
