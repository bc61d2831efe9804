import type { CalendarYearList } from '../../contracts/calendar';
import { calendarRepository } from '../../db/repositories/calendar.repository';
import type { Deps, RequestContext } from './context';
import { toCalendarYearVersion } from './calendar-view';
import { requirePermission } from './require-actor';

export async function listCalendarYears(deps: Deps, ctx: RequestContext): Promise<CalendarYearList> {
  requirePermission(ctx, 'calendar.manage');
  const rows = await calendarRepository.listVersions(deps.db);
  // Newest version first within a year, so the first row seen of each year is the one in force.
  const inForce = new Map<number, number>();
  for (const row of rows) if (!inForce.has(row.year)) inForce.set(row.year, row.version);
  return { items: rows.map((row) => toCalendarYearVersion(row, inForce.get(row.year) ?? row.version)) };
}
