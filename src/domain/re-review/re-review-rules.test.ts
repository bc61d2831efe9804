import { describe, expect, it } from 'vitest';
import { NEW_APPLICATION_FACTS, type LifecycleFacts } from '../lifecycle/context';
import {
  assessBlockedReason,
  canReport,
  decideBlockedReason,
  dueForReReview,
  failedDecisionDayOf,
  failureConsequenceOf,
  isLateSubmission,
  reReviewStatusIn,
  reReviewStatusOf,
  reReviewWindow,
  reReviewWindowLabel,
} from './re-review-rules';

const facts = (patch: Partial<LifecycleFacts>): LifecycleFacts => ({ ...NEW_APPLICATION_FACTS, creationPeriodEndsOn: '2026-01-01', ...patch });
const at = new Date('2030-01-01T02:00:00Z');

describe('dueForReReview (Art. 10: every 2 years; after the rectification year)', () => {
  it.each([
    ['certified', { reReviewDueOn: '2030-03-01' }, '2030-02-28', null],
    ['certified', { reReviewDueOn: '2030-03-01' }, '2030-03-01', { dueOn: '2030-03-01', isAfterRectification: false }],
    ['certified', { reReviewDueOn: '2030-03-01' }, '2030-03-02', { dueOn: '2030-03-01', isAfterRectification: false }],
    ['certified', { reReviewDueOn: null }, '2030-03-02', null],
    ['certified', {}, '2030-03-02', null],
    ['rectifying', { rectificationEndsOn: '2031-04-01' }, '2031-04-01', null],
    ['rectifying', { rectificationEndsOn: '2031-04-01' }, '2031-04-02', { dueOn: '2031-04-02', isAfterRectification: true }],
    ['rectifying', { rectificationEndsOn: '2031-04-01' }, '2031-04-03', { dueOn: '2031-04-02', isAfterRectification: true }],
    ['rectifying', { rectificationEndsOn: null }, '2031-04-03', null],
    ['re_review', { reReviewDueOn: '2030-03-01' }, '2030-03-02', null],
    ['revoked', { reReviewDueOn: '2030-03-01' }, '2030-03-02', null],
    ['creating', { reReviewDueOn: '2030-03-01' }, '2030-03-02', null],
  ] as const)('%s with %o, a round opening %s → %o', (state, patch, opensOn, expected) => {
    const f = facts(patch);
    if (!('reReviewDueOn' in patch)) delete f.reReviewDueOn;
    expect(dueForReReview(state, f, opensOn)).toEqual(expected);
  });
});

describe('reReviewWindow', () => {
  it.each([
    ['2030-03-01', null, { startsOn: '2028-03-01', endsOn: '2030-02-28', label: '复核期（开始日期前两年）' }],
    ['2032-03-01', null, { startsOn: '2030-03-01', endsOn: '2032-02-29', label: '复核期（开始日期前两年）' }],
    ['2030-02-28', null, { startsOn: '2028-02-28', endsOn: '2030-02-27', label: '复核期（开始日期前两年）' }],
    // Failed on 2030-04-01 → rectificationEndsOn 2031-04-01: the year is 2030-04-02 … 2031-04-01.
    ['2031-05-01', { endsOn: '2031-04-01' }, { startsOn: '2030-04-02', endsOn: '2031-04-01', label: '整改期' }],
    ['2031-05-01', { endsOn: '2031-04-01', failedOn: '2030-04-01' }, { startsOn: '2030-04-02', endsOn: '2031-04-01', label: '整改期' }],
    // Failed on 29 February: the year ends on 28 February; the recorded decision day decides the start.
    ['2029-03-10', { endsOn: '2029-02-28', failedOn: '2028-02-29' }, { startsOn: '2028-03-01', endsOn: '2029-02-28', label: '整改期' }],
    ['2029-03-10', { endsOn: '2029-02-28' }, { startsOn: '2028-02-29', endsOn: '2029-02-28', label: '整改期' }],
  ] as const)('a round opening %s with rectification %o → %o', (opensOn, rectification, expected) => {
    expect(reReviewWindow(opensOn, rectification)).toEqual(expected);
  });

  it.each([
    [false, '复核期（开始日期前两年）'],
    [true, '整改期'],
  ] as const)('reReviewWindowLabel(after rectification: %s) → %s', (isAfterRectification, label) => {
    expect(reReviewWindowLabel(isAfterRectification)).toBe(label);
  });

  it('failedDecisionDayOf inverts startRectification', () => {
    expect(failedDecisionDayOf('2031-04-01')).toBe('2030-04-01');
  });
});

describe('status and phases', () => {
  it.each([
    [{ submittedAt: null, assessedAt: null, outcome: null }, 'reporting', true],
    [{ submittedAt: at, assessedAt: null, outcome: null }, 'submitted', false],
    [{ submittedAt: at, assessedAt: at, outcome: null }, 'assessed', false],
    [{ submittedAt: null, assessedAt: at, outcome: null }, 'assessed', false],
    [{ submittedAt: at, assessedAt: at, outcome: 'passed' }, 'passed', false],
    [{ submittedAt: null, assessedAt: null, outcome: 'failed' }, 'failed', false],
  ] as const)('%o is %s (report editable: %s)', (row, status, editable) => {
    expect(reReviewStatusOf(row)).toBe(status);
    expect(canReport(row)).toBe(editable);
  });

  // Art. 12 / Art. 11: the object left re_review undecided (revoked) → the re-review ended; decided ones keep their outcome.
  it.each([
    [{ submittedAt: null, assessedAt: null, outcome: null }, 're_review', 'reporting'],
    [{ submittedAt: at, assessedAt: null, outcome: null }, 're_review', 'submitted'],
    [{ submittedAt: at, assessedAt: at, outcome: null }, 're_review', 'assessed'],
    [{ submittedAt: null, assessedAt: null, outcome: null }, 'revoked', 'ended'],
    [{ submittedAt: at, assessedAt: null, outcome: null }, 'revoked', 'ended'],
    [{ submittedAt: at, assessedAt: at, outcome: null }, 'revoked', 'ended'],
    [{ submittedAt: null, assessedAt: null, outcome: null }, 'certified', 'ended'],
    [{ submittedAt: at, assessedAt: at, outcome: 'passed' }, 'certified', 'passed'],
    [{ submittedAt: at, assessedAt: at, outcome: 'failed' }, 'rectifying', 'failed'],
    [{ submittedAt: at, assessedAt: at, outcome: 'failed' }, 'revoked', 'failed'],
    [{ submittedAt: at, assessedAt: at, outcome: 'passed' }, 're_review', 'passed'],
  ] as const)('%o of an object in %s is %s', (row, state, status) => {
    expect(reReviewStatusIn(row, state)).toBe(status);
  });

  const round = { reportDueOn: '2030-04-30', cityDueOn: '2030-05-31' };
  it.each([
    ['2030-04-29', false],
    ['2030-04-30', false],
    ['2030-05-01', true],
    [null, false],
  ] as const)('a submission on %s is late: %s', (on, late) => {
    expect(isLateSubmission(on, round)).toBe(late);
  });

  const reporting = { submittedAt: null, assessedAt: null, outcome: null };
  const submitted = { submittedAt: at, assessedAt: null, outcome: null };
  const assessed = { submittedAt: at, assessedAt: at, outcome: null };
  const decided = { submittedAt: at, assessedAt: at, outcome: 'passed' };
  it.each([
    [reporting, '2030-04-30', '待运营主体提交运行和服务情况报告，截止2030-04-30（含当日）；逾期未提交的，次日起可直接评估'],
    [reporting, '2030-05-01', null],
    [submitted, '2030-04-01', null],
    [assessed, '2030-05-01', '地市已作出评估'],
    [decided, '2030-05-01', '复核已作出结论'],
  ] as const)('the city assessing %o on %s: %s', (row, today, reason) => {
    expect(assessBlockedReason(row, round, today)).toBe(reason);
  });

  it.each([
    [reporting, '2030-05-31', '待地市评估，截止2030-05-31（含当日）'],
    [submitted, '2030-05-31', '待地市评估，截止2030-05-31（含当日）'],
    [submitted, '2030-06-01', null],
    [reporting, '2030-06-01', null],
    [assessed, '2030-04-01', null],
    [decided, '2030-06-01', '复核已作出结论'],
  ] as const)('the province deciding %o on %s: %s', (row, today, reason) => {
    expect(decideBlockedReason(row, round, today)).toBe(reason);
  });

  it.each([
    [0, 'rectification'],
    [1, 'revocation'],
    [2, 'revocation'],
  ] as const)('a fail after %i consecutive fails means %s', (count, consequence) => {
    expect(failureConsequenceOf(count)).toBe(consequence);
  });
});
