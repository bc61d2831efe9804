import cd from 'chinese-days';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/calendar/day-arithmetic';
import { isWorkingDay, workingCalendar } from '../../domain/calendar/working-calendar';
import type { Database } from '../client';
import { createTestDatabase } from '../testing/create-test-database';
import { calendarRepository } from './calendar.repository';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

const SEEDED = Array.from({ length: 23 }, (_, i) => 2004 + i);

describe('calendar schedules', () => {
  it('the migrations seed 2004–2026, version 1 each, citing chinese-days', async () => {
    const rows = await calendarRepository.listVersions(database.db);
    expect(rows.map((r) => r.year).sort()).toEqual(SEEDED);
    expect(rows.every((r) => r.version === 1 && r.source === 'chinese-days 1.5.7' && r.createdByName === null)).toBe(true);
    expect(await calendarRepository.findInForce(database.db, [2003, 2027])).toEqual([]);
  });

  // An independent check of the generated seed: every day of every seeded year, against the package's own API.
  it('every seeded day is a working day exactly when chinese-days says so', async () => {
    const calendar = workingCalendar(await calendarRepository.findInForce(database.db, SEEDED));
    const disagreements: string[] = [];
    for (let day = '2004-01-01'; day <= '2026-12-31'; day = addDays(day, 1)) {
      if (isWorkingDay(calendar, day) !== cd.isWorkday(day)) disagreements.push(day);
    }
    expect(disagreements).toEqual([]);
  });

  it('a new version is the next number and becomes the one in force', async () => {
    const values = { year: 2035, holidays: ['2035-01-01'], workdays: [], source: 'test', note: '第一版' };
    expect((await calendarRepository.insertNextVersion(database.db, values))?.version).toBe(1);
    expect((await calendarRepository.insertNextVersion(database.db, { ...values, holidays: ['2035-01-01', '2035-01-02'], note: '更正' }))?.version).toBe(2);
    const [inForce] = await calendarRepository.findInForce(database.db, [2035]);
    expect(inForce).toMatchObject({ version: 2, holidays: ['2035-01-01', '2035-01-02'] });
    expect((await calendarRepository.findVersion(database.db, 2035, 1))?.note).toBe('第一版');
    expect((await calendarRepository.listVersions(database.db, 2035)).map((v) => [v.version, v.holidayCount])).toEqual([
      [2, 2],
      [1, 1],
    ]);
  });

  it.each([
    ['UPDATE', sql`UPDATE calendar_years SET holidays = '[]'::jsonb WHERE year = 2026`],
    ['DELETE', sql`DELETE FROM calendar_years WHERE year = 2026`],
    ['TRUNCATE', sql`TRUNCATE calendar_years`],
  ])('refuses %s: a published schedule is never changed', async (_name, statement) => {
    await expect(database.db.execute(statement)).rejects.toThrow();
    expect((await calendarRepository.findInForce(database.db, [2026]))[0]?.holidays).toHaveLength(33);
  });
});
