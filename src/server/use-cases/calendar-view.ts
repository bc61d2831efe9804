import type { CalendarYearDetail, CalendarYearVersion } from '../../contracts/calendar';
import type { CalendarVersionRow, CalendarYearWithAuthor } from '../../db/repositories/calendar.repository';

export function toCalendarYearVersion(row: CalendarVersionRow, inForceVersion: number): CalendarYearVersion {
  return {
    year: row.year,
    version: row.version,
    holidayCount: row.holidayCount,
    workdayCount: row.workdayCount,
    source: row.source,
    note: row.note,
    createdByName: row.createdByName,
    createdAt: row.createdAt.toISOString(),
    isInForce: row.version === inForceVersion,
  };
}

export function toCalendarYearDetail(row: CalendarYearWithAuthor, versions: CalendarVersionRow[]): CalendarYearDetail {
  const inForce = Math.max(...versions.map((v) => v.version));
  const summary = { ...row, holidayCount: row.holidays.length, workdayCount: row.workdays.length };
  return {
    ...toCalendarYearVersion(summary, inForce),
    holidays: row.holidays,
    workdays: row.workdays,
    versions: versions.map((v) => toCalendarYearVersion(v, inForce)),
  };
}
