import type { PublicityWindowQuery, PublicityWindowResponse } from '../../contracts/calendar';
import { yearOf } from '../../domain/calendar/day-arithmetic';
import { publicityWindow } from '../../domain/calendar/working-calendar';
import type { Deps } from './context';
import { withWorkingCalendar } from './with-working-calendar';

/** Art. 7(2)(4): 公示5个工作日. Public and sessionless (DESIGN §7); at most 30 working days fit in two years. */
export async function computePublicityWindow(deps: Pick<Deps, 'db'>, query: PublicityWindowQuery): Promise<PublicityWindowResponse> {
  const year = yearOf(query.start);
  return withWorkingCalendar(deps, [year, year + 1], (calendar) => publicityWindow(calendar, query.start, query.days));
}
