import type { CalendarYearDetail } from '../../contracts/calendar';
import { calendarRepository } from '../../db/repositories/calendar.repository';
import { AppError } from '../../domain/shared/app-error';
import type { Deps, RequestContext } from './context';
import { toCalendarYearDetail } from './calendar-view';
import { requirePermission } from './require-actor';

/** A year's schedule in force, or one of its earlier versions. */
export async function getCalendarYear(deps: Pick<Deps, 'db'>, ctx: RequestContext, year: number, version?: number): Promise<CalendarYearDetail> {
  requirePermission(ctx, 'calendar.manage');
  const row = await calendarRepository.findVersion(deps.db, year, version);
  if (!row) {
    throw new AppError('NOT_FOUND', version === undefined ? `尚未录入${year}年的节假日安排` : `${year}年的节假日安排没有第${version}版`);
  }
  return toCalendarYearDetail(row, await calendarRepository.listVersions(deps.db, year));
}
