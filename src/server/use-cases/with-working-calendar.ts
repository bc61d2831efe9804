import { calendarRepository, type CalendarYearRow } from '../../db/repositories/calendar.repository';
import { isAppError } from '../../domain/shared/app-error';
import { workingCalendar, type WorkingCalendar } from '../../domain/calendar/working-calendar';
import type { Deps } from './context';

function missingYearOf(error: unknown): number | undefined {
  if (!isAppError(error) || error.code !== 'CALENDAR_YEAR_MISSING') return undefined;
  const year = error.details?.year;
  return typeof year === 'number' ? year : undefined;
}

/**
 * Runs a working-day computation over the schedules in force. It loads the years the caller expects to need;
 * should the computation reach a further year, that year is loaded and the computation runs again. Only a year
 * the database does not have reaches the caller, as CALENDAR_YEAR_MISSING (DESIGN §3).
 */
export async function withWorkingCalendar<T>(deps: Pick<Deps, 'db'>, expectedYears: readonly number[], compute: (calendar: WorkingCalendar) => T): Promise<T> {
  const loaded = new Set(expectedYears);
  const rows: CalendarYearRow[] = await calendarRepository.findInForce(deps.db, [...loaded]);
  for (;;) {
    try {
      return compute(workingCalendar(rows));
    } catch (error) {
      const year = missingYearOf(error);
      if (year === undefined || loaded.has(year)) throw error;
      loaded.add(year);
      rows.push(...(await calendarRepository.findInForce(deps.db, [year])));
    }
  }
}
