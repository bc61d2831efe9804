// F8 item 3: the overdue list to Excel with the current filters (and kind), headed with them and 数据截至; recorded
// (oversight.export) in the transaction that reads it.
import type { OverdueItem, OverdueQuery } from '../../../contracts/oversight';
import { chineseDate } from '../../../domain/shared/plain-date';
import { OVERDUE_KIND_LABELS } from '../../../domain/oversight/oversight-rules';
import { buildWorkbook, type SheetSpec, type XlsxDownload } from '../../documents/xlsx-workbook';
import { appendAudit, type Deps, type RequestContext } from '../context';
import { loadOverdueItems } from './load-overdue-items';
import { filtersRecorded, resolveOversight } from './oversight-scope';
import { fileStamp, refuseOverCap, sheetHeading } from './oversight-sheets';

export function overdueSheet(items: readonly OverdueItem[], heading: readonly string[]): SheetSpec {
  return {
    name: '逾期事项',
    heading,
    columns: [
      { header: '事项', key: 'kind', width: 24 },
      { header: '名称', key: 'name', width: 36 },
      { header: '行政区划代码', key: 'cityCode', width: 14 },
      { header: '地市', key: 'cityName', width: 12 },
      { header: '截止日期', key: 'dueOn', width: 16 },
      { header: '逾期天数', key: 'daysOverdue', width: 10 },
    ],
    rows: items.map((item) => ({ kind: item.kindLabel, name: item.name, cityCode: item.cityCode, cityName: item.cityName, dueOn: chineseDate(item.dueOn), daysOverdue: item.daysOverdue })),
  };
}

export async function exportOverdueItems(deps: Deps, ctx: RequestContext, query: Omit<OverdueQuery, 'page' | 'pageSize'>): Promise<XlsxDownload> {
  const { scope, filters } = await resolveOversight(deps.db, ctx, query);
  const today = deps.clock.today();
  const items = await deps.db.transaction(async (tx) => {
    const found = (await loadOverdueItems(tx, filters, today)).filter((item) => !query.kind || item.kind === query.kind);
    refuseOverCap(found.length);
    await appendAudit(tx, deps, ctx, { action: 'oversight.export', objectType: 'oversight', objectId: null, after: { export: 'overdue', filters: filtersRecorded(filters, { kind: query.kind }), rows: found.length } });
    return found;
  });
  const extra = query.kind ? [`事项类型：${OVERDUE_KIND_LABELS[query.kind]}`] : [];
  const buffer = await buildWorkbook([overdueSheet(items, sheetHeading('逾期事项', scope, filters, today, extra))], 'Shifan 统计看板');
  const stamp = fileStamp(scope, today);
  return { fileName: `逾期事项_${stamp.chinese}.xlsx`, asciiFileName: `oversight-overdue-${stamp.ascii}.xlsx`, buffer };
}
