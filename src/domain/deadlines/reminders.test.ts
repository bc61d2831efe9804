import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/day-arithmetic';
import { daysUntil, dueReminder, isOverdue } from './reminders';

const DEADLINE = '2028-03-01'; // the day after 29 February in a leap year: day counting must cross it

describe('dueReminder: exactly 30, 7 and 1 days before; a missed one is caught up once, never after the deadline', () => {
  it.each([
    [45, null],
    [31, null],
    [30, 30],
    [29, 30], // missed day 30: still sent (the key makes it once)
    [8, 30],
    [7, 7],
    [6, 7],
    [2, 7],
    [1, 1],
    [0, 1], // the deadline day is still on time
    [-1, null], // after the deadline: overdue, no reminder
    [-30, null],
  ] as const)('%i days before → %s', (daysBefore, expected) => {
    expect(dueReminder(addDays(DEADLINE, -daysBefore), DEADLINE)).toBe(expected);
  });

  it.each([
    [8, null],
    [7, 7],
    [6, 7],
    [2, 7],
    [1, 1],
    [0, 1],
    [-1, null],
  ] as const)('with reminders 7 and 1 only: %i days before → %s', (daysBefore, expected) => {
    expect(dueReminder(addDays(DEADLINE, -daysBefore), DEADLINE, [7, 1])).toBe(expected);
  });
});

describe('isOverdue and daysUntil', () => {
  it.each([
    [1, false],
    [0, false],
    [-1, true],
  ] as const)('%i days before the deadline → overdue %s', (daysBefore, expected) => {
    expect(isOverdue(addDays(DEADLINE, -daysBefore), DEADLINE)).toBe(expected);
    expect(daysUntil(addDays(DEADLINE, -daysBefore), DEADLINE)).toBe(daysBefore);
  });

  it('counts across a leap day and a year end', () => {
    expect(daysUntil('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysUntil('2027-12-31', '2028-01-01')).toBe(1);
  });
});
