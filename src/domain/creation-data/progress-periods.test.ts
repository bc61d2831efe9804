import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/day-arithmetic';
import { creationPeriod } from './creation-period';
import { findGoalProgressProblems, halfYearsOf, halfYearStatus, isLate, isReportable, planGoalsOf, type HalfYear } from './progress-periods';

const periodOf = (endsOn: string, isExtended = false) => {
  const period = creationPeriod({ creationPeriodEndsOn: endsOn, isExtended });
  if (!period) throw new Error('no period');
  return period;
};
const brief = (halves: HalfYear[]) => halves.map((h) => [h.index, h.startsOn, h.endsOn, h.dueOn]);

describe('halfYearsOf', () => {
  it('cuts a 2-year creation period into 4 half years; the last one ends on the period’s last day', () => {
    expect(brief(halfYearsOf(periodOf('2028-01-05')))).toEqual([
      [1, '2026-01-05', '2026-07-04', '2026-08-04'],
      [2, '2026-07-05', '2027-01-04', '2027-02-04'],
      [3, '2027-01-05', '2027-07-04', '2027-08-04'],
      [4, '2027-07-05', '2028-01-05', '2028-02-05'],
    ]);
  });

  it('gives 6 half years once the period is extended by a year', () => {
    const halves = halfYearsOf(periodOf('2029-01-05', true));
    expect(halves).toHaveLength(6);
    expect(brief(halves).slice(3)).toEqual([
      [4, '2027-07-05', '2028-01-04', '2028-02-04'],
      [5, '2028-01-05', '2028-07-04', '2028-08-04'],
      [6, '2028-07-05', '2029-01-05', '2029-02-05'],
    ]);
    expect(halves.map((h) => h.label)).toEqual(['第1个半年', '第2个半年', '第3个半年', '第4个半年', '第5个半年', '第6个半年']);
  });

  it('counts each boundary from the first day, so a start on the 31st does not drift and month ends clip', () => {
    expect(brief(halfYearsOf(periodOf('2026-08-31')))).toEqual([
      [1, '2024-08-31', '2025-02-27', '2025-03-27'],
      [2, '2025-02-28', '2025-08-30', '2025-09-30'],
      [3, '2025-08-31', '2026-02-27', '2026-03-27'],
      [4, '2026-02-28', '2026-08-31', '2026-09-30'],
    ]);
  });

  it('leaves no day out and counts none twice', () => {
    const halves = halfYearsOf(periodOf('2028-10-12', true));
    expect(halves[0]?.startsOn).toBe('2025-10-12');
    for (let i = 1; i < halves.length; i += 1) expect(halves[i]?.startsOn).toBe(addDays(halves[i - 1]?.endsOn ?? '', 1));
    expect(halves.at(-1)?.endsOn).toBe('2028-10-12');
  });
});

describe('half-year status (reportable from the last day, due 1 month after it)', () => {
  const [first] = halfYearsOf(periodOf('2028-01-05'));
  if (!first) throw new Error('no half year');

  it.each([
    ['2026-01-05', false, 'not_due', false],
    ['2026-07-03', false, 'not_due', false],
    ['2026-07-04', false, 'open', true],
    ['2026-08-04', false, 'open', true],
    ['2026-08-05', false, 'overdue', true],
    ['2027-12-31', false, 'overdue', true],
    ['2026-07-10', true, 'submitted', true],
    ['2026-09-01', true, 'submitted', true],
  ] as const)('on %s (submitted: %s) it is %s', (today, isSubmitted, status, reportable) => {
    expect(halfYearStatus(first, today, isSubmitted)).toBe(status);
    expect(isReportable(first, today)).toBe(reportable);
  });

  it.each([
    ['2026-07-04', false],
    ['2026-08-04', false],
    ['2026-08-05', true],
  ])('a report submitted on %s is late: %s', (submittedOn, late) => {
    expect(isLate(first, submittedOn)).toBe(late);
  });
});

describe('planGoalsOf', () => {
  it.each([
    ['goals of the plan', { plan: { goals: [{ indicatorCode: 'platform.satisfaction', target: '满意度90%以上' }] } }, [{ indicatorCode: 'platform.satisfaction', target: '满意度90%以上' }]],
    ['no plan', {}, []],
    ['goals not a list', { plan: { goals: 'x' } }, []],
    ['a malformed goal is left out', { plan: { goals: [{ indicatorCode: 1, target: 'x' }, { indicatorCode: 'a', target: 'b', extra: true }] } }, [{ indicatorCode: 'a', target: 'b' }]],
    ['not an object', null, []],
  ])('%s', (_name, content, goals) => {
    expect(planGoalsOf(content)).toEqual(goals);
  });
});

describe('findGoalProgressProblems', () => {
  const goals = [
    { indicatorCode: 'platform.servedEnterprises', target: '年服务3000家以上' },
    { indicatorCode: 'platform.satisfaction', target: '满意度90%以上' },
  ];
  const entry = (indicatorCode: string) => ({ indicatorCode, progress: '进展' });

  it.each([
    ['every goal in order', [entry('platform.servedEnterprises'), entry('platform.satisfaction')], []],
    ['one goal missing', [entry('platform.servedEnterprises')], [{ path: 'goalProgress', message: '创建方案共有2项创建目标，请逐项填写进展（现为1项）' }]],
    ['one too many', [entry('platform.servedEnterprises'), entry('platform.satisfaction'), entry('x')], [{ path: 'goalProgress', message: '创建方案共有2项创建目标，请逐项填写进展（现为3项）' }]],
    [
      'the order swapped',
      [entry('platform.satisfaction'), entry('platform.servedEnterprises')],
      [
        { path: 'goalProgress.0.indicatorCode', message: '第1项进展应对应创建目标“年服务3000家以上”（指标platform.servedEnterprises）' },
        { path: 'goalProgress.1.indicatorCode', message: '第2项进展应对应创建目标“满意度90%以上”（指标platform.satisfaction）' },
      ],
    ],
  ])('%s', (_name, entries, problems) => {
    expect(findGoalProgressProblems(goals, entries)).toEqual(problems);
  });
});
