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
