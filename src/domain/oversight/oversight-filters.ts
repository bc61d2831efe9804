// F8 ("a city officer can never widen a dashboard or an export beyond its city"): the filters a dashboard, list or
// export actually applies. A city officer's city is its own whether or not it names it; naming another city is
// refused (403), never quietly narrowed or widened. A year must be that of a published call, and a platform kind only
// goes with platforms (Art. 2) — anything else is a 400 naming the field rather than a silently empty figure.
import { AppError } from '../shared/app-error';
import type { Carrier, PlatformKind } from '../standards/types';

export type FilterScope = { kind: 'all' } | { kind: 'city'; cityCode: string };

export interface RequestedFilters {
  year?: number | undefined;
  city?: string | undefined;
  carrier?: Carrier | undefined;
  platformKind?: PlatformKind | undefined;
}

export interface ResolvedFilters {
  year: number | null;
  city: string | null;
  carrier: Carrier | null;
  platformKind: PlatformKind | null;
}

export const OWN_CITY_ONLY_MESSAGE = '地市账号只能查看本市数据';

export function resolveOversightFilters(scope: FilterScope, requested: RequestedFilters, publishedYears: readonly number[]): ResolvedFilters {
  if (scope.kind === 'city' && requested.city !== undefined && requested.city !== scope.cityCode) {
    throw new AppError('FORBIDDEN', OWN_CITY_ONLY_MESSAGE, { issues: [{ path: 'city', message: OWN_CITY_ONLY_MESSAGE }] });
  }
  if (requested.year !== undefined && !publishedYears.includes(requested.year)) {
    throw new AppError('VALIDATION_FAILED', `没有${requested.year}年度的创建通知`, { issues: [{ path: 'year', message: `年度有误：没有${requested.year}年度的创建通知` }] });
  }
  if (requested.platformKind !== undefined && requested.carrier === 'base') {
    throw new AppError('VALIDATION_FAILED', '平台类型只适用于平台，基地没有平台类型', { issues: [{ path: 'platformKind', message: '平台类型只适用于平台，载体类型为“基地”时不能选择平台类型' }] });
  }
  return {
    year: requested.year ?? null,
    city: scope.kind === 'city' ? scope.cityCode : (requested.city ?? null),
    // A platform kind names platforms only, so it implies the carrier.
    carrier: requested.carrier ?? (requested.platformKind !== undefined ? 'platform' : null),
    platformKind: requested.platformKind ?? null,
  };
}
