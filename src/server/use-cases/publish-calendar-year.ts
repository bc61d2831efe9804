import type { CalendarYearDetail, PublishCalendarYearRequest } from '../../contracts/calendar';
import { calendarRepository } from '../../db/repositories/calendar.repository';
import { appendAudit, type Deps, type RequestContext } from './context';
import { getCalendarYear } from './get-calendar-year';
import { requirePermission } from './require-actor';

const SOURCE = '省工业和信息化厅录入';
const ATTEMPTS = 3;

/**
 * Publishes a year's holiday schedule as its next version (DESIGN §3: maintained by the province each year).
 * Published versions are never changed, so a correction is simply a newer version; the audit record keeps
 * the version it replaces. Two publications at the same moment each get their own version number.
 */
export async function publishCalendarYear(deps: Deps, ctx: RequestContext, input: PublishCalendarYearRequest): Promise<CalendarYearDetail> {
  const actor = requirePermission(ctx, 'calendar.manage');
  const holidays = [...input.holidays].sort();
  const workdays = [...input.workdays].sort();
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    const published = await deps.db.transaction(async (tx) => {
      const previous = await calendarRepository.findVersion(tx, input.year);
      const row = await calendarRepository.insertNextVersion(tx, {
        year: input.year,
        holidays,
        workdays,
        source: SOURCE,
        note: input.note,
        createdBy: actor.userId,
        createdAt: deps.clock.now(),
      });
      if (!row) return null;
      await appendAudit(tx, deps, ctx, {
        action: 'calendar.year_published',
        objectType: 'calendar_year',
        objectId: String(row.year),
        before: previous ? { version: previous.version, holidays: previous.holidays, workdays: previous.workdays } : null,
        after: { version: row.version, holidays, workdays, note: row.note },
      });
      return row;
    });
    if (published) return getCalendarYear(deps, ctx, published.year, published.version);
  }
  throw new Error(`publishing the ${input.year} schedule lost ${ATTEMPTS} races for a version number`);
}
