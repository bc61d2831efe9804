// F8 item 3: every object matching the filters (and the state, step or indicator of the figure) to Excel, in the
// neutral order, at most OVERSIGHT_EXPORT_ROWS_MAX rows — more is a 400, never a cut list. Recorded (oversight.export).
import type { OversightObjectsQuery } from '../../../contracts/oversight';
import { oversightRepository } from '../../../db/repositories/oversight.repository';
import { stateLabel } from '../../../domain/lifecycle/states';
import { indicatorCatalogue } from '../../../domain/oversight/indicator-catalogue';
import { FUNNEL_STEP_LABELS } from '../../../domain/oversight/oversight-rules';
import { CARRIER_LABELS, PLATFORM_KIND_LABELS } from '../../../domain/standards/types';
import { buildWorkbook, type XlsxDownload } from '../../documents/xlsx-workbook';
import { appendAudit, type Deps, type RequestContext } from '../context';
import { narrowingOf, toObjectRow } from './list-oversight-objects';
import { filtersRecorded, resolveOversight } from './oversight-scope';
import { fileStamp, OVERSIGHT_EXPORT_ROWS_MAX, refuseOverCap, sheetHeading } from './oversight-sheets';

const MET_LABELS = { true: '达标', false: '未达标' } as const;

export async function exportOversightObjects(deps: Deps, ctx: RequestContext, query: Omit<OversightObjectsQuery, 'page' | 'pageSize'>): Promise<XlsxDownload> {
  const { scope, filters } = await resolveOversight(deps.db, ctx, query);
  const today = deps.clock.today();
  const narrowing = narrowingOf(query);
  const rows = await deps.db.transaction(async (tx) => {
    const found = await oversightRepository.listObjects(tx, filters, narrowing, { limit: OVERSIGHT_EXPORT_ROWS_MAX + 1, offset: 0 });
    refuseOverCap(found.length);
    await appendAudit(tx, deps, ctx, {
      action: 'oversight.export',
      objectType: 'oversight',
      objectId: null,
      after: { export: 'objects', filters: filtersRecorded(filters, { state: query.state, step: query.step, indicator: query.indicator }), rows: found.length },
    });
    return found.map(toObjectRow);
  });
  const extra = [
    ...(query.state ? [`阶段：${stateLabel(query.state)}`] : []),
    ...(query.step ? [`环节：${FUNNEL_STEP_LABELS[query.step]}`] : []),
    ...(query.indicator ? [`指标：${indicatorCatalogue().find((indicator) => indicator.code === query.indicator)?.name ?? query.indicator}（${query.indicator}）`] : []),
  ];
  const buffer = await buildWorkbook(
    [
      {
        name: '对象清单',
        heading: sheetHeading('平台（基地）清单（按行政区划代码排列）', scope, filters, today, extra),
        columns: [
          { header: '申报编号', key: 'applicationNumber', width: 24 },
          { header: '名称', key: 'name', width: 36 },
          { header: '运营主体', key: 'organisationName', width: 30 },
          { header: '行政区划代码', key: 'cityCode', width: 14 },
          { header: '地市', key: 'cityName', width: 12 },
          { header: '载体类型', key: 'carrier', width: 10 },
          { header: '平台类型', key: 'platformKind', width: 14 },
          { header: '年度', key: 'callYear', width: 8 },
          { header: '阶段', key: 'state', width: 20 },
          { header: '证书编号', key: 'certificateNumber', width: 28 },
          { header: '认定指标', key: 'met', width: 10 },
        ],
        rows: rows.map((row) => ({
          applicationNumber: row.applicationNumber ?? '',
          name: row.name,
          organisationName: row.organisationName,
          cityCode: row.cityCode,
          cityName: row.cityName,
          carrier: CARRIER_LABELS[row.carrier],
          platformKind: row.platformKind ? PLATFORM_KIND_LABELS[row.platformKind] : '',
          callYear: row.callYear,
          state: row.stateLabel,
          certificateNumber: row.certificateNumber ?? '',
          met: row.isCertificationMet === null ? '' : MET_LABELS[String(row.isCertificationMet) as 'true' | 'false'],
        })),
      },
    ],
    'Shifan 统计看板',
  );
  const stamp = fileStamp(scope, today);
  return { fileName: `平台基地清单_${stamp.chinese}.xlsx`, asciiFileName: `oversight-objects-${stamp.ascii}.xlsx`, buffer };
}
