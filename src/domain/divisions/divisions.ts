// Guangdong administrative divisions (行政区划), NBS 2023 codes. Source and date: see the "source" field of
// guangdong-divisions.json (copied from shared/data; the app never reads ../shared at run time).
import data from './guangdong-divisions.json' with { type: 'json' };

export type DivisionLevel = 'province' | 'city' | 'county' | 'township';
export interface Division { code: string; name: string }
export interface City extends Division {
  /** 东莞 and 中山 have no county level: their next level is towns/streets (镇街). */
  childLevel: 'county' | 'township';
  children: Division[];
}

export const GUANGDONG: Division = data.province;

export const CITIES: readonly City[] = data.cities.map((city): City => {
  if ('counties' in city && city.counties) return { code: city.code, name: city.name, childLevel: 'county', children: city.counties };
  return { code: city.code, name: city.name, childLevel: 'township', children: 'townships' in city && city.townships ? city.townships : [] };
});

/** The 21 cities' codes, as the request contracts' enums take them (non-empty by construction of the data). */
export const CITY_CODES: readonly [string, ...string[]] = CITIES.map((c) => c.code) as [string, ...string[]];

const cityByCode = new Map(CITIES.map((c) => [c.code, c]));
const childByCode = new Map(CITIES.flatMap((c) => c.children.map((d) => [d.code, { city: c, division: d }] as const)));

export function findCity(code: string): City | undefined {
  return cityByCode.get(code);
}

/** The county (or, in 东莞/中山, the town or street) with this code and the city it belongs to. */
export function findCityChild(code: string): { city: City; division: Division } | undefined {
  return childByCode.get(code);
}

export function isChildOfCity(cityCode: string, childCode: string): boolean {
  return childByCode.get(childCode)?.city.code === cityCode;
}

export function divisionName(code: string): string | undefined {
  if (code === GUANGDONG.code) return GUANGDONG.name;
  return cityByCode.get(code)?.name ?? childByCode.get(code)?.division.name;
}

// The next level (下一级行政区) that Attachment 1's coverage indicator (服务覆盖面情况) counts: the 21 cities under
// the province; the counties/districts of a city; the towns/streets of 东莞 and 中山, which have no county level.
const parentByCode = new Map<string, string>([
  ...CITIES.map((c) => [c.code, GUANGDONG.code] as const),
  ...CITIES.flatMap((c) => c.children.map((d) => [d.code, c.code] as const)),
]);
const provinceNextLevel: readonly Division[] = CITIES.map((c) => ({ code: c.code, name: c.name }));

/** The divisions one level below the region; undefined for a code we hold no next level for. */
export function nextLevelOf(regionCode: string): readonly Division[] | undefined {
  if (regionCode === GUANGDONG.code) return provinceNextLevel;
  return cityByCode.get(regionCode)?.children;
}

export function isKnownDivision(code: string): boolean {
  return code === GUANGDONG.code || parentByCode.has(code);
}

/**
 * The next-level division of `regionCode` that contains `code`: a county under the province maps to its city, a
 * 东莞 town under 441900 to itself. Undefined when the code is unknown, outside the region, or the region itself.
 */
export function mapUpToLevel(code: string, regionCode: string): Division | undefined {
  const level = nextLevelOf(regionCode);
  if (!level) return undefined;
  let current: string | undefined = code;
  while (current !== undefined && parentByCode.get(current) !== regionCode) current = parentByCode.get(current);
  return current === undefined ? undefined : level.find((d) => d.code === current);
}

export interface CoverageRatio {
  /** Distinct next-level divisions with at least one served code. */
  covered: number;
  total: number;
  /** covered / total, a fraction 0..1. */
  ratio: number;
  /** Codes that are not Guangdong divisions we know: reported, never silently dropped. */
  unknownCodes: string[];
  /** Known codes that fall under no next-level division of the region (elsewhere, or the region itself). */
  outsideCodes: string[];
}

/** Coverage of the region's next level by the served codes; undefined when we hold no next level for the region. */
export function coverageRatio(regionCode: string, servedCodes: readonly string[]): CoverageRatio | undefined {
  const level = nextLevelOf(regionCode);
  if (!level || level.length === 0) return undefined;
  const covered = new Set<string>();
  const unknownCodes = new Set<string>();
  const outsideCodes = new Set<string>();
  for (const code of servedCodes) {
    if (!isKnownDivision(code)) {
      unknownCodes.add(code);
      continue;
    }
    const division = mapUpToLevel(code, regionCode);
    if (division) covered.add(division.code);
    else outsideCodes.add(code);
  }
  return { covered: covered.size, total: level.length, ratio: covered.size / level.length, unknownCodes: [...unknownCodes], outsideCodes: [...outsideCodes] };
}
