// What a holiday schedule must satisfy before the province publishes it (DESIGN §3). Each problem names the
// entry it concerns ("holidays.3"), so the form can show it beside the date.
import type { ErrorIssue } from '../shared/app-error';
import { isPlainDate, type PlainDate } from '../shared/plain-date';
import { isWeekend, yearOf } from './day-arithmetic';
import type { CalendarYear } from './working-calendar';

export const MAX_HOLIDAYS = 120;
export const MAX_WORKDAYS = 40;

const describe = (date: PlainDate) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/**
 * Rules: every date lies in the schedule's year; no date is listed twice; no date is both 放假 and 调休上班;
 * a 调休上班 day is a Saturday or Sunday (a weekday is a working day anyway). Holidays may fall on weekends,
 * because the State Council notice announces whole spans ("2月15日至23日放假，共9天") and the seeded data keeps
 * them; but at least one holiday must fall on a weekday, since a schedule with only weekend holidays changes
 * nothing and would silently count the year as plain weekdays — the very thing a missing year must not do.
 * Entries that are not valid YYYY-MM-DD dates are skipped here: the contract reports those on their own.
 */
export function findScheduleIssues(schedule: CalendarYear): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const check = (field: 'holidays' | 'workdays', label: string) => {
    const seen = new Set<PlainDate>();
    schedule[field].forEach((date, index) => {
      if (!isPlainDate(date)) return;
      const path = `${field}.${index}`;
      if (yearOf(date) !== schedule.year) issues.push({ path, message: `${label}${date}不在${schedule.year}年内` });
      else if (seen.has(date)) issues.push({ path, message: `${label}${describe(date)}重复` });
      seen.add(date);
    });
    return seen;
  };
  const holidays = check('holidays', '放假日期');
  check('workdays', '调休上班日期');
  schedule.workdays.forEach((date, index) => {
    const path = `workdays.${index}`;
    if (!isPlainDate(date) || issues.some((issue) => issue.path === path)) return;
    if (holidays.has(date)) issues.push({ path, message: `${describe(date)}已列为放假日期，不能同时列为调休上班日` });
    else if (!isWeekend(date)) issues.push({ path, message: `${describe(date)}不是周六或周日，本来就是工作日，无需列为调休上班日` });
  });
  const inYear = schedule.holidays.filter((date) => isPlainDate(date) && yearOf(date) === schedule.year);
  if (schedule.holidays.length === 0) issues.push({ path: 'holidays', message: '请至少填写一个放假日期' });
  else if (inYear.length > 0 && inYear.every(isWeekend)) {
    issues.push({ path: 'holidays', message: '放假日期全部是周末，与普通年份无异，请核对是否漏填了节假日' });
  }
  return issues;
}
