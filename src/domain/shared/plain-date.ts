// Dates are plain YYYY-MM-DD strings in Asia/Shanghai (DESIGN §3). Domain code never reads the clock:
// callers pass "today" in.
export type PlainDate = string;

/** Dates people enter are from 1900 on: an earlier year is a typo (and the year 0000 is no date PostgreSQL stores). */
export const MIN_ENTERED_YEAR = 1900;

export function isPlainDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Lexical order of YYYY-MM-DD is date order. */
export function isAfter(a: PlainDate, b: PlainDate): boolean {
  return a > b;
}

/** "2027年4月30日" from 2027-04-30: how dates are written in messages, forms and notices. */
export function chineseDate(date: PlainDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
