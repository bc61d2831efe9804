// When the deadline job (F5 item 7) reminds and when a deadline is missed. Pure: `today` is passed in (the injected
// clock, DESIGN §3), never read here.
//
// Rules:
// - a reminder goes out exactly 30, 7 and 1 days before the deadline;
// - a run that missed that day (the server was down, the job failed) still sends the reminder it missed, once, but
//   only the latest one: on day 6 before the deadline the 7-day reminder, not the 30-day one as well;
// - the deadline day itself is still on time (inclusive deadlines, ADR 0009 boundary convention), so the 1-day
//   reminder can still be caught up on it; from the day after, nothing is reminded — the item is overdue.
// Each reminder is recorded under a key with its days-before number, so "once" is the database's job (ON CONFLICT).
import { isPlainDate, type PlainDate } from '../shared/plain-date';

export const REMINDER_DAYS_BEFORE = [30, 7, 1] as const;

const DAY_MS = 86_400_000;

// Date.UTC as a day counter only (as in calendar/day-arithmetic.ts): no clock, no time zone.
function dayNumber(date: PlainDate): number {
  if (!isPlainDate(date)) throw new RangeError(`not a plain date: ${date}`);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** Whole days from today to the deadline: 1 the day before, 0 on the day, −1 the day after. */
export function daysUntil(today: PlainDate, deadline: PlainDate): number {
  return dayNumber(deadline) - dayNumber(today);
}

/**
 * The reminder due today, as its days-before number (30, 7 or 1 by default), or null: the smallest reminder day
 * not before today's distance, while the deadline has not passed.
 */
export function dueReminder(today: PlainDate, deadline: PlainDate, daysBefore: readonly number[] = REMINDER_DAYS_BEFORE): number | null {
  const left = daysUntil(today, deadline);
  if (left < 0) return null;
  const candidates = daysBefore.filter((days) => days >= left);
  return candidates.length === 0 ? null : Math.min(...candidates);
}

/** The deadline was the last day allowed; from the next day the item is overdue. */
export function isOverdue(today: PlainDate, deadline: PlainDate): boolean {
  return today > deadline;
}
