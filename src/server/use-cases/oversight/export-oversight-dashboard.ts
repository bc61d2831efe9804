// F8 item 3: the dashboard as one workbook, a sheet per figure or list, each headed with the scope, the filters and
// 数据截至. Reading the figures out of the system is recorded (oversight.export) in the transaction that reads them.
import type { OversightDashboardView, OversightFilters } from '../../../contracts/oversight';
import { buildWorkbook, type SheetSpec, type XlsxDownload } from '../../documents/xlsx-workbook';
import { appendAudit, type Deps, type RequestContext } from '../context';
import { buildOversightDashboard } from './get-oversight-dashboard';
import { loadOverdueItems } from './load-overdue-items';
import { filtersRecorded, resolveOversight } from './oversight-scope';
import { fileStamp, refuseOverCap, sheetHeading } from './oversight-sheets';
import { overdueSheet } from './export-overdue-items';

const percent = (met: number, total: number) => (total === 0 ? '' : `${Math.round((met / total) * 1000) / 10}%`);

export function dashboardSheets(view: OversightDashboardView, overdue: Parameters<typeof overdueSheet>[0]): SheetSpec[] {
  const heading = (title: string) => sheetHeading(title, view.scope, view.filters, view.asOf);
  const funnelColumns = view.funnels[0]?.steps.map((step) => ({ header: step.label, key: step.step, width: 12 })) ?? [];
  return [
    {
      name: '按阶段',
      heading: heading('各阶段数量'),
      columns: [{ header: '阶段', key: 'label', width: 24 }, { header: '所属环节', key: 'phase', width: 12 }, { header: '数量', key: 'count', width: 10 }],
      rows: view.byState.map((row) => ({ label: row.label, phase: { application: '申报', creation: '创建期', certified: '认定后' }[row.phase], count: row.count })),
    },
    {
      name: '按年度',
      heading: heading('各年度数量'),
      columns: [{ header: '年度', key: 'year', width: 10 }, { header: '申报总数', key: 'count', width: 12 }, { header: '创建期', key: 'creating', width: 12 }, { header: '已认定', key: 'certified', width: 12 }],
      rows: view.byYear.map((row) => ({ ...row })),
    },
    {
      name: '按地市',
      heading: heading('各地市数量（按行政区划代码排列）'),
      columns: [{ header: '行政区划代码', key: 'cityCode', width: 14 }, { header: '地市', key: 'cityName', width: 12 }, { header: '申报总数', key: 'count', width: 12 }, { header: '创建期', key: 'creating', width: 12 }, { header: '已认定', key: 'certified', width: 12 }],
      rows: view.byCity.map((row) => ({ ...row })),
    },
    {
      name: '按载体类型',
      heading: heading('各载体类型数量'),
      columns: [{ header: '载体类型', key: 'label', width: 20 }, { header: '数量', key: 'count', width: 10 }],
      rows: view.byCarrier.map((row) => ({ label: row.label, count: row.count })),
    },
    {
      name: '各批次漏斗',
      heading: heading('各年度批次：申报→推荐→拟创建→创建→认定/退出'),
      columns: [{ header: '年度', key: 'year', width: 10 }, { header: '通知', key: 'title', width: 40 }, ...funnelColumns],
      rows: view.funnels.map((funnel) => ({ year: funnel.year, title: funnel.title, ...Object.fromEntries(funnel.steps.map((step) => [step.step, step.count])) })),
    },
    {
      name: '认定指标达标情况',
      heading: sheetHeading('认定指标达标情况（按指标代码排列）', view.scope, view.filters, view.asOf, [
        `创建对象${view.thresholds.creatingObjects}个，全部达标${view.thresholds.creatingAllMet}个；已认定${view.thresholds.certifiedObjects}个，全部达标${view.thresholds.certifiedAllMet}个；数据更新中${view.thresholds.pendingCount}个`,
      ]),
      columns: [
        { header: '指标代码', key: 'code', width: 28 },
        { header: '一级指标', key: 'group', width: 14 },
        { header: '二级指标', key: 'name', width: 28 },
        { header: '载体', key: 'carrier', width: 8 },
        { header: '创建对象达标', key: 'creatingMet', width: 12 },
        { header: '创建对象总数', key: 'creatingTotal', width: 12 },
        { header: '创建对象达标比例', key: 'creatingShare', width: 14 },
        { header: '已认定达标', key: 'certifiedMet', width: 12 },
        { header: '已认定总数', key: 'certifiedTotal', width: 12 },
        { header: '已认定达标比例', key: 'certifiedShare', width: 14 },
        { header: '专家评审', key: 'expertJudged', width: 10 },
      ],
      rows: view.thresholds.indicators.map((row) => ({
        ...row,
        carrier: row.carrier === 'base' ? '基地' : '平台',
        creatingShare: percent(row.creatingMet, row.creatingTotal),
        certifiedShare: percent(row.certifiedMet, row.certifiedTotal),
      })),
    },
    overdueSheet(overdue, sheetHeading('逾期事项', view.scope, view.filters, view.asOf)),
  ];
}

export async function exportOversightDashboard(deps: Deps, ctx: RequestContext, query: OversightFilters): Promise<XlsxDownload> {
  const { scope, filters, calls } = await resolveOversight(deps.db, ctx, query);
  const today = deps.clock.today();
  const sheets = await deps.db.transaction(async (tx) => {
    const overdue = await loadOverdueItems(tx, filters, today);
    const view = await buildOversightDashboard(tx, { scope, filters, calls, today, overdueItems: overdue });
    refuseOverCap(overdue.length);
    await appendAudit(tx, deps, ctx, { action: 'oversight.export', objectType: 'oversight', objectId: null, after: { export: 'dashboard', filters: filtersRecorded(filters) } });
    return dashboardSheets(view, overdue);
  });
  const buffer = await buildWorkbook(sheets, 'Shifan 统计看板');
  const stamp = fileStamp(scope, today);
  return { fileName: `统计看板_${stamp.chinese}.xlsx`, asciiFileName: `oversight-dashboard-${stamp.ascii}.xlsx`, buffer };
}
