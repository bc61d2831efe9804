import { describe, expect, it } from 'vitest';
import { CITIES, divisionName, findCity, findCityChild, isChildOfCity } from './divisions';

describe('Guangdong divisions', () => {
  it('has the 21 prefecture-level cities, in code order', () => {
    expect(CITIES).toHaveLength(21);
    expect(CITIES.map((c) => c.code)).toEqual([...CITIES.map((c) => c.code)].sort());
  });

  it('has 122 county-level divisions and the towns/streets of 东莞 and 中山', () => {
    const counties = CITIES.filter((c) => c.childLevel === 'county').flatMap((c) => c.children);
    expect(counties).toHaveLength(122);
    const townshipCities = CITIES.filter((c) => c.childLevel === 'township').map((c) => c.name);
    expect(townshipCities).toEqual(['东莞市', '中山市']);
    expect(CITIES.filter((c) => c.childLevel === 'township').flatMap((c) => c.children)).toHaveLength(59);
  });

  it.each([
    ['440100', '440106', true],
    ['440300', '440106', false],
    ['441900', '441900401', true],
    ['442000', '441900401', false],
    ['440100', '440100', false],
  ])('city %s contains %s: %s', (city, child, expected) => {
    expect(isChildOfCity(city, child)).toBe(expected);
  });

  it('names divisions at every level', () => {
    expect(divisionName('440000')).toBe('广东省');
    expect(divisionName('440300')).toBe('深圳市');
    expect(divisionName('440305')).toBe('南山区');
    expect(divisionName('441900401')).toBe('松山湖');
    expect(divisionName('110000')).toBeUndefined();
    expect(findCity('440300')?.name).toBe('深圳市');
    expect(findCityChild('440305')?.city.code).toBe('440300');
  });
});
