import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/day-arithmetic';
import { creationPeriodActions, progressReportActions, type CreationObjectFacts } from './creation-deadlines';

const ENDS_ON = '2028-01-05'; // creation period 2026-01-05 … 2028-01-05
const object = (overrides: Partial<CreationObjectFacts> = {}): CreationObjectFacts => ({
  id: 'app-1',
  name: '测试平台',
  state: 'creating',
  organisationId: 'org-1',
  cityCode: '440100',
  creationPeriodEndsOn: ENDS_ON,
  isExtended: false,
  reportedHalfYears: [1, 2, 3, 4],
  ...overrides,
});
const day = (offsetFromEnd: number) => addDays(ENDS_ON, offsetFromEnd);

describe('creation period end', () => {
  it.each([
    [-31, []],
    [-30, ['creation-period.reminder:app-1:2028-01-05:30']],
    [-29, ['creation-period.reminder:app-1:2028-01-05:30']],
    [-8, ['creation-period.reminder:app-1:2028-01-05:30']],
    [-7, ['creation-period.reminder:app-1:2028-01-05:7']],
    [-6, ['creation-period.reminder:app-1:2028-01-05:7']],
    [-2, ['creation-period.reminder:app-1:2028-01-05:7']],
    [-1, ['creation-period.reminder:app-1:2028-01-05:1']],
    [0, ['creation-period.reminder:app-1:2028-01-05:1']],
    [1, ['creation-period.ended:app-1:2028-01-05']],
    [400, ['creation-period.ended:app-1:2028-01-05']],
  ] as const)('day %i from the last day → %j', (offset, keys) => {
    expect(creationPeriodActions(object(), day(offset)).map((a) => a.key)).toEqual(keys);
  });

  it('reminds the operator and tells the province, never anyone else', () => {
    const [reminder] = creationPeriodActions(object(), day(-7));
    expect(reminder?.recipients).toEqual([{ role: 'applicant', organisationId: 'org-1' }]);
    expect(reminder?.body).toContain('还有7天');
    const [ended] = creationPeriodActions(object(), day(1));
    expect(ended).toMatchObject({ recipients: [{ role: 'province' }], title: '创建期已满，待组织评估验收', dueOn: ENDS_ON });
  });

  it.each([
    ['acceptance_submitted', -7, []],
    ['acceptance_submitted', 1, ['creation-period.ended:app-1:2028-01-05']],
    ['acceptance_review', -7, []],
    ['acceptance_review', 1, []],
    ['certified', 1, []],
    ['creation_cancelled', -1, []],
  ] as const)('in %s on day %i → %j (an object that applied is not reminded; one under review is not escalated)', (state, offset, keys) => {
    expect(creationPeriodActions(object({ state }), day(offset)).map((a) => a.key)).toEqual(keys);
  });

  it('an extended period is reminded afresh under its new last day', () => {
    const extended = object({ creationPeriodEndsOn: '2029-01-05', isExtended: true });
    expect(creationPeriodActions(extended, '2028-12-29').map((a) => a.key)).toEqual(['creation-period.reminder:app-1:2029-01-05:7']);
  });

  it('nothing without a creation period', () => {
    expect(creationPeriodActions(object({ creationPeriodEndsOn: null }), day(1))).toEqual([]);
  });
});

// Half year 1 of a period starting 2026-01-05 ends 2026-07-04 and is due 2026-08-04.
const HALF_1_DUE = '2026-08-04';
describe('progress reports', () => {
  const unreported = object({ reportedHalfYears: [2, 3, 4] });
  it.each([
    [31, []],
    [30, ['progress-report.reminder:app-1:1:30']],
    [29, ['progress-report.reminder:app-1:1:30']],
    [8, ['progress-report.reminder:app-1:1:30']],
    [7, ['progress-report.reminder:app-1:1:7']],
    [6, ['progress-report.reminder:app-1:1:7']],
    [2, ['progress-report.reminder:app-1:1:7']],
    [1, ['progress-report.reminder:app-1:1:1']],
    [0, ['progress-report.reminder:app-1:1:1']],
    [-1, ['progress-report.overdue:app-1:1']],
  ] as const)('%i days before the due day → %j', (daysBefore, keys) => {
    expect(progressReportActions(unreported, addDays(HALF_1_DUE, -daysBefore)).map((a) => a.key)).toEqual(keys);
  });

  it('the overdue mark goes to the city of the object; the reminder to the operator', () => {
    const [overdue] = progressReportActions(unreported, addDays(HALF_1_DUE, 1));
    expect(overdue).toMatchObject({ recipients: [{ role: 'city', cityCode: '440100' }], dueOn: HALF_1_DUE, title: '半年进展报告逾期未提交' });
    const [reminder] = progressReportActions(unreported, addDays(HALF_1_DUE, -30));
    expect(reminder?.recipients).toEqual([{ role: 'applicant', organisationId: 'org-1' }]);
    expect(reminder?.body).toContain('须于2026年8月4日前提交（还有30天）');
  });

  it('a submitted half year is neither reminded nor marked', () => {
    expect(progressReportActions(object(), addDays(HALF_1_DUE, -1))).toEqual([]);
    expect(progressReportActions(object(), addDays(HALF_1_DUE, 1))).toEqual([]);
  });

  it.each([
    ['acceptance_submitted', 1],
    ['acceptance_review', 1],
    ['certification_shortlisted', 0],
    ['certified', 0],
    ['exited', 0],
  ] as const)('in %s the last half year is chased: %i action(s)', (state, count) => {
    // Half year 4 ends on the period's last day and is due a month later.
    expect(progressReportActions(object({ state, reportedHalfYears: [1, 2, 3] }), '2028-02-06')).toHaveLength(count);
  });
});
