import { describe, expect, it } from 'vitest';
import { CITIES, coverageRatio, divisionName, findCity, findCityChild, isChildOfCity, isKnownDivision, mapUpToLevel, nextLevelOf } from './divisions';

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

describe('next level (下一级行政区, Attachment 1 服务覆盖面情况)', () => {
  it.each([
    ['440000', 21, '440100', '445300'],
    ['440100', 11, '440103', '440118'],
    ['440200', 10, '440203', undefined],
    ['441900', 36, '441900003', undefined],
    ['442000', 23, undefined, undefined],
  ])('%s has %i next-level divisions', (region, count, first, last) => {
    const level = nextLevelOf(region);
    expect(level).toHaveLength(count);
    if (first) expect(level?.[0]?.code).toBe(first);
    if (last) expect(level?.at(-1)?.code).toBe(last);
  });

  it.each(['440106', '441900401', '110000', '', '4401'])('%s has no next level we hold', (region) => {
    expect(nextLevelOf(region)).toBeUndefined();
  });

  it.each([
    ['440106', '440000', '440100'],
    ['440100', '440000', '440100'],
    ['441900401', '440000', '441900'],
    ['440106', '440100', '440106'],
    ['441900401', '441900', '441900401'],
    ['442000001', '442000', '442000001'],
    ['440305', '440100', undefined],
    ['441900401', '442000', undefined],
    ['440000', '440000', undefined],
    ['440100', '440100', undefined],
    ['110101', '440000', undefined],
    ['440106', '440106', undefined],
  ])('maps %s up to the next level of %s: %s', (code, region, expected) => {
    expect(mapUpToLevel(code, region)?.code).toBe(expected);
  });

  it.each([
    ['440000', true],
    ['440100', true],
    ['440106', true],
    ['441900401', true],
    ['440106001', false],
    ['110000', false],
  ])('knows division %s: %s', (code, expected) => {
    expect(isKnownDivision(code)).toBe(expected);
  });

  it.each([
    { region: '440000', served: [], covered: 0, total: 21, unknown: [], outside: [] },
    { region: '440000', served: ['440106', '440103', '440100', '440305'], covered: 2, total: 21, unknown: [], outside: [] },
    { region: '440200', served: ['440203', '440204', '440205'], covered: 3, total: 10, unknown: [], outside: [] },
    { region: '440100', served: ['440106', '440305', '440100', '999999', '440106001'], covered: 1, total: 11, unknown: ['999999', '440106001'], outside: ['440305', '440100'] },
    { region: '441900', served: ['441900401', '441900003', '441900401'], covered: 2, total: 36, unknown: [], outside: [] },
  ])('coverage of $region by $served', ({ region, served, covered, total, unknown, outside }) => {
    const result = coverageRatio(region, served);
    expect(result).toEqual({ covered, total, ratio: covered / total, unknownCodes: unknown, outsideCodes: outside });
  });

  it('is exactly 0.3 for 3 of 韶关\'s 10 counties, so the ≥30% rule passes at the boundary', () => {
    expect(coverageRatio('440200', ['440203', '440204', '440205'])?.ratio).toBe(0.3);
  });

  it('has no coverage for a region without a next level we hold', () => {
    expect(coverageRatio('440106', ['440106'])).toBeUndefined();
  });
});
