import { describe, expect, it } from 'vitest';
import { chineseDate, chineseRange, expandRanges, toRanges } from './date-ranges';

describe('holiday date ranges', () => {
  it('groups consecutive dates, across a month end, ignoring order and repeats', () => {
    expect(toRanges(['2026-10-02', '2026-10-01', '2026-09-30', '2026-10-05', '2026-10-01', '2026-12-31'])).toEqual([
      { from: '2026-09-30', to: '2026-10-02' },
      { from: '2026-10-05', to: '2026-10-05' },
      { from: '2026-12-31', to: '2026-12-31' },
    ]);
    expect(toRanges([])).toEqual([]);
  });

  it('expands ranges and remembers which range each date came from', () => {
    expect(
      expandRanges([
        { from: '2027-02-27', to: '2027-03-01' },
        { from: '2027-01-01', to: '2027-01-01' },
      ]),
    ).toEqual({ dates: ['2027-02-27', '2027-02-28', '2027-03-01', '2027-01-01'], rangeOf: [0, 0, 0, 1] });
  });

  it('writes dates the way the State Council notice does', () => {
    expect(chineseDate('2026-09-28')).toBe('9月28日（星期一）');
    expect(chineseDate('2026-10-10', { withYear: true })).toBe('2026年10月10日（星期六）');
    expect(chineseRange({ from: '2026-02-15', to: '2026-02-23' })).toBe('2月15日（星期日）至2月23日（星期一），共9天');
    expect(chineseRange({ from: '2026-01-04', to: '2026-01-04' })).toBe('1月4日（星期日）');
  });
});
