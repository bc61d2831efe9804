// The registry page's filters live in its URL (F6 item 1), so a shared link or the back button shows the same list.
// This converts the page's query string to filters and back, and builds the API and CSV addresses from them. It
// keeps only what the API accepts (src/contracts/registry.ts zRegistryQuery): an unknown or malformed value is
// dropped here rather than turned into a 400 for the visitor. Plain constants only — no zod (F6 item 5, bundle).
import { CITIES } from '../../../../src/domain/divisions/divisions';
import {
  REGISTRY_CARRIERS,
  REGISTRY_LEVELS,
  REGISTRY_MAX_QUERY_CHARS,
  REGISTRY_MAX_YEAR,
  REGISTRY_MIN_YEAR,
  REGISTRY_SERVICE_ITEMS,
  REGISTRY_STATUS_FILTERS,
  type RegistryCarrier,
  type RegistryLevel,
  type RegistryStatusFilter,
} from '../../../../src/domain/registry/filters';
import { normaliseSearch } from '../../../../src/domain/registry/search';

/** The status filter's values as the API takes them; `current` (创建中, 已认定, 整改中) is the default. */
export const STATUS_FILTERS = REGISTRY_STATUS_FILTERS;
export const DEFAULT_STATUS: RegistryStatusFilter = 'current';
export const PAGE_SIZE = 20;

export interface RegistryFilters {
  level?: RegistryLevel;
  carrier?: RegistryCarrier;
  /** A city's 6-digit code. */
  city?: string;
  serviceItem?: string;
  status: RegistryStatusFilter;
  year?: number;
  /** Part of a name, as the visitor typed it (the server normalises it). */
  q?: string;
  page: number;
}

export const EMPTY_FILTERS: RegistryFilters = { status: DEFAULT_STATUS, page: 1 };

const CITY_CODES: readonly string[] = CITIES.map((c) => c.code);
const MAX_PAGE = 100_000;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;

function wholeNumber(value: string | null, min: number, max: number): number | undefined {
  if (value === null || !/^\d{1,6}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}

function searchText(value: string | null): string | undefined {
  const q = value?.trim();
  if (!q) return undefined;
  const normalised = normaliseSearch(q);
  // The server refuses a search longer than 50 characters (after normalising) and finds nothing with an empty one.
  return normalised.length === 0 || normalised.length > REGISTRY_MAX_QUERY_CHARS ? undefined : q;
}

/** The filters a page address asks for; anything unknown or malformed is left out. */
export function filtersFromSearch(search: URLSearchParams): RegistryFilters {
  const filters: RegistryFilters = {
    status: oneOf(STATUS_FILTERS, search.get('status')) ?? DEFAULT_STATUS,
    page: wholeNumber(search.get('page'), 1, MAX_PAGE) ?? 1,
  };
  const level = oneOf(REGISTRY_LEVELS, search.get('level'));
  if (level) filters.level = level;
  const carrier = oneOf(REGISTRY_CARRIERS, search.get('carrier'));
  if (carrier) filters.carrier = carrier;
  const city = oneOf(CITY_CODES, search.get('city'));
  if (city) filters.city = city;
  const serviceItem = oneOf(REGISTRY_SERVICE_ITEMS, search.get('serviceItem'));
  if (serviceItem) filters.serviceItem = serviceItem;
  const year = wholeNumber(search.get('year'), REGISTRY_MIN_YEAR, REGISTRY_MAX_YEAR);
  if (year !== undefined) filters.year = year;
  const q = searchText(search.get('q'));
  if (q) filters.q = q;
  return filters;
}

/** The filters without paging, in a fixed key order so equal filters give equal addresses (and cache keys); the
 * default status is left out, as the API assumes it. */
function filterParams(filters: RegistryFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.level) params.set('level', filters.level);
  if (filters.carrier) params.set('carrier', filters.carrier);
  if (filters.city) params.set('city', filters.city);
  if (filters.serviceItem) params.set('serviceItem', filters.serviceItem);
  if (filters.status !== DEFAULT_STATUS) params.set('status', filters.status);
  if (filters.year !== undefined) params.set('year', String(filters.year));
  if (filters.q) params.set('q', filters.q);
  return params;
}

/** The page's own query string: defaults (current list, page 1) are left out, so the plain /registry is the default. */
export function filtersToSearch(filters: RegistryFilters): URLSearchParams {
  const params = filterParams(filters);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

const withQuery = (path: string, params: URLSearchParams) => {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
};

/** GET /api/v1/registry for these filters and page. */
export function registryApiPath(filters: RegistryFilters, pageSize = PAGE_SIZE): string {
  const params = filterParams(filters);
  params.set('page', String(filters.page));
  params.set('pageSize', String(pageSize));
  return withQuery('/api/v1/registry', params);
}

/** The CSV of the whole filtered list (no paging), as the page shows it. */
export function registryCsvPath(filters: RegistryFilters): string {
  return withQuery('/api/v1/registry.csv', filterParams(filters));
}

/** True when any filter differs from the default list (for the 清除筛选 button). */
export function hasFilters(filters: RegistryFilters): boolean {
  return filterParams(filters).toString() !== '';
}
