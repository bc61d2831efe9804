import { describe, expect, it } from 'vitest';
import { fromDetail, toFormIssues, toPublishBody } from './publish-values';

describe('publish form values', () => {
  it('expands spans into the dates the server expects and remembers their rows', () => {
    const { body, rangeOf } = toPublishBody({
      year: 2027,
      holidayRanges: [
        { from: '2027-01-01', to: '2027-01-03' },
        { from: '2027-02-05', to: '2027-02-06' },
      ],
      workdays: ['2027-02-20'],
      note: '依据国务院办公厅通知',
    });
    expect(body).toEqual({ year: 2027, holidays: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-02-05', '2027-02-06'], workdays: ['2027-02-20'], note: '依据国务院办公厅通知' });
    expect(rangeOf).toEqual([0, 0, 0, 1, 1]);
  });

  it.each([
    [['holidays', 4], ['holidayRanges', 1, 'range']],
    [['holidays'], ['holidayRanges']],
    [['workdays', 0], ['workdays', 0, 'date']],
    [['note'], ['note']],
  ])('puts an issue on %j beside %j', (path, expected) => {
    expect(toFormIssues([{ path, message: 'x' }], [0, 0, 0, 1, 1])).toEqual([{ path: expected, message: 'x' }]);
  });

  it('starts a correction from the version in force, with spans regrouped', () => {
    const values = fromDetail({
      year: 2026,
      holidays: ['2026-10-01', '2026-10-02', '2026-01-01'],
      workdays: ['2026-10-10'],
    } as Parameters<typeof fromDetail>[0]);
    expect(values).toEqual({
      year: 2026,
      holidayRanges: [
        { from: '2026-01-01', to: '2026-01-01' },
        { from: '2026-10-01', to: '2026-10-02' },
      ],
      workdays: ['2026-10-10'],
      note: '',
    });
  });
});
