// The dashboard's filters live in the URL query (F8: a shared link or a reload keeps them). Only the four filter keys
// the server takes are carried to the API, the exports and the drill-down list; anything else in the address bar
// (a stale key, a typo) stays out, so the server never answers 400 to a link a person followed.
import { OVERSIGHT_CARRIERS } from '../../../../src/contracts/oversight';
import { CITIES } from '../../../../src/domain/divisions/divisions';
import { PLATFORM_KINDS } from '../../../../src/domain/standards/types';

export const FILTER_KEYS = ['year', 'city', 'carrier', 'platformKind'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type FilterValues = Partial<Record<FilterKey, string>>;

const CITY_CODE_SET = new Set(CITIES.map((city) => city.code));

function isValid(key: FilterKey, value: string): boolean {
  if (key === 'year') return /^\d{4}$/.test(value);
  if (key === 'city') return CITY_CODE_SET.has(value);
  if (key === 'carrier') return (OVERSIGHT_CARRIERS as readonly string[]).includes(value);
  return (PLATFORM_KINDS as readonly string[]).includes(value);
}

/** The filters of a URL query; a city officer's city is never sent (the server forces its own). */
export function readFilters(params: URLSearchParams, isCityOfficer: boolean): FilterValues {
  const filters: FilterValues = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (!value || !isValid(key, value)) continue;
    if (key === 'city' && isCityOfficer) continue;
    // A platform kind narrows platforms only: with 基地 chosen it would always give nothing.
    if (key === 'platformKind' && params.get('carrier') === 'base') continue;
    filters[key] = value;
  }
  return filters;
}

/** `a=1&b=2` of the non-empty entries, in a fixed key order so equal filters give equal links. */
export function queryString(values: Record<string, string | number | undefined | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  return query.toString();
}

export function withQuery(path: string, values: Record<string, string | number | undefined | null>): string {
  const text = queryString(values);
  return text ? `${path}?${text}` : path;
}

/** What a bar or a row stands for in the drill-down list (/workspace/oversight/objects). */
export interface DrillDown {
  state?: string;
  step?: string;
  indicator?: string;
  /** A bar of 按地市 or 按年度 narrows the filters themselves. */
  city?: string;
  year?: string;
  carrier?: string;
  platformKind?: string;
}

export function drillDownHref(filters: FilterValues, drill: DrillDown): string {
  return withQuery('/workspace/oversight/objects', { ...filters, ...drill });
}
