// F8 item 1: the overdue items as of today — reviews, objections, progress reports, change reports, re-reviews — in
// due-date, then division-code order (never by how late, Art. 8). A city officer's are its own city's.
import type { OverduePage, OverdueQuery } from '../../../contracts/oversight';
import type { Deps, RequestContext } from '../context';
import { loadOverdueItems } from './load-overdue-items';
import { resolveOversight } from './oversight-scope';

export async function listOverdueItems(deps: Deps, ctx: RequestContext, query: OverdueQuery): Promise<OverduePage> {
  const { filters } = await resolveOversight(deps.db, ctx, query);
  const items = (await loadOverdueItems(deps.db, filters, deps.clock.today())).filter((item) => !query.kind || item.kind === query.kind);
  const start = (query.page - 1) * query.pageSize;
  return { filters, total: items.length, page: query.page, pageSize: query.pageSize, rows: items.slice(start, start + query.pageSize) };
}
