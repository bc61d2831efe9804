// Holiday schedules are announced as spans ("2月15日至23日放假"), stored as single dates. These helpers turn
// one into the other for the 节假日安排 pages.
import { addDays, dayOfWeek } from '../../../../src/domain/calendar/day-arithmetic';

export interface DateRange {
  from: string;
  to: string;
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** Consecutive dates become one range; the input need not be sorted. */
export function toRanges(dates: readonly string[]): DateRange[] {
  const ranges: DateRange[] = [];
  for (const date of [...new Set(dates)].sort()) {
    const last = ranges[ranges.length - 1];
    if (last && addDays(last.to, 1) === date) last.to = date;
    else ranges.push({ from: date, to: date });
  }
  return ranges;
}

/** Every date of the ranges in order, with the index of the range each came from (to place errors). */
export function expandRanges(ranges: readonly DateRange[]): { dates: string[]; rangeOf: number[] } {
  const dates: string[] = [];
  const rangeOf: number[] = [];
  ranges.forEach((range, index) => {
    for (let day = range.from; day <= range.to; day = addDays(day, 1)) {
      dates.push(day);
      rangeOf.push(index);
    }
  });
  return { dates, rangeOf };
}

export function rangeLength(range: DateRange): number {
  return expandRanges([range]).dates.length;
}

/** 9月28日（星期一） */
export function chineseDate(date: string, { withYear = false } = {}): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${withYear ? `${year}年` : ''}${month}月${day}日（星期${WEEKDAYS[dayOfWeek(date)]}）`;
}

/** 2月15日至2月23日，共9天 */
export function chineseRange(range: DateRange): string {
  if (range.from === range.to) return chineseDate(range.from);
  return `${chineseDate(range.from)}至${chineseDate(range.to)}，共${rangeLength(range)}天`;
}
