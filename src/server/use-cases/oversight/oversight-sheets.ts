// F8 exports: the heading every oversight sheet starts with — the scope, the filters applied and 数据截至 — and the
// one export cap. Chinese, as officers read it.
import type { AppliedFilters, OversightScope } from '../../../contracts/oversight';
import { divisionName } from '../../../domain/divisions/divisions';
import { chineseDate, type PlainDate } from '../../../domain/shared/plain-date';
import { AppError } from '../../../domain/shared/app-error';
import { CARRIER_LABELS, PLATFORM_KIND_LABELS } from '../../../domain/standards/types';

/** More rows than this is refused rather than cut silently. */
export const OVERSIGHT_EXPORT_ROWS_MAX = 50_000;

export function filterLine(filters: AppliedFilters): string {
  const parts = [
    `年度：${filters.year === null ? '全部' : `${filters.year}年度`}`,
    `地市：${filters.city === null ? '全部' : `${divisionName(filters.city) ?? filters.city}（${filters.city}）`}`,
    `载体类型：${filters.carrier === null ? '全部' : CARRIER_LABELS[filters.carrier]}`,
    `平台类型：${filters.platformKind === null ? '全部' : PLATFORM_KIND_LABELS[filters.platformKind]}`,
  ];
  return `筛选条件：${parts.join('；')}`;
}

export function sheetHeading(title: string, scope: OversightScope, filters: AppliedFilters, asOf: PlainDate, extra: readonly string[] = []): string[] {
  const scopeName = scope.kind === 'province' ? '广东省（全省）' : scope.cityName;
  return [`${title}（${scopeName}）`, filterLine(filters), ...extra, `数据截至：${chineseDate(asOf)}`];
}

export function refuseOverCap(found: number, path = ''): void {
  if (found > OVERSIGHT_EXPORT_ROWS_MAX) {
    throw new AppError('VALIDATION_FAILED', `符合条件的记录超过${OVERSIGHT_EXPORT_ROWS_MAX}条，请增加筛选条件后再导出`, {
      issues: [{ path, message: `导出最多${OVERSIGHT_EXPORT_ROWS_MAX}条，请按年度或地市缩小范围` }],
    });
  }
}

export function fileStamp(scope: OversightScope, asOf: PlainDate): { chinese: string; ascii: string } {
  return { chinese: `${scope.kind === 'province' ? '全省' : scope.cityName}_${asOf}`, ascii: `${scope.kind === 'province' ? 'province' : scope.cityCode}-${asOf}` };
}
