import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, filtersFromSearch, filtersToSearch, hasFilters, registryApiPath, registryCsvPath, type RegistryFilters } from './registry-query';

const parse = (query: string) => filtersFromSearch(new URLSearchParams(query));

const FULL: RegistryFilters = {
  level: 'national',
  carrier: 'platform',
  city: '440200',
  serviceItem: '数字化转型',
  status: 'revoked',
  year: 2023,
  q: '琥珀 100%_\\',
  page: 3,
};

describe('registry filters in the URL', () => {
  it('the plain address is the current list, page 1', () => {
    expect(parse('')).toEqual(EMPTY_FILTERS);
    expect(filtersToSearch(EMPTY_FILTERS).toString()).toBe('');
    expect(hasFilters(EMPTY_FILTERS)).toBe(false);
  });

  it('round trip: filters → address → the same filters', () => {
    const search = filtersToSearch(FULL);
    expect(filtersFromSearch(new URLSearchParams(search.toString()))).toEqual(FULL);
    expect(hasFilters(FULL)).toBe(true);
  });

  it.each<[string, RegistryFilters]>([
    ['level=provincial', { ...EMPTY_FILTERS, level: 'provincial' }],
    ['carrier=base', { ...EMPTY_FILTERS, carrier: 'base' }],
    ['city=441900', { ...EMPTY_FILTERS, city: '441900' }],
    ['status=all', { ...EMPTY_FILTERS, status: 'all' }],
    ['status=exited', { ...EMPTY_FILTERS, status: 'exited' }],
    ['year=2000', { ...EMPTY_FILTERS, year: 2000 }],
    ['year=2100', { ...EMPTY_FILTERS, year: 2100 }],
    ['q=%20%E7%90%A5%E7%8F%80%20', { ...EMPTY_FILTERS, q: '琥珀' }],
    ['page=100000', { ...EMPTY_FILTERS, page: 100_000 }],
  ])('%s is kept', (query, expected) => {
    expect(parse(query)).toEqual(expected);
    expect(filtersFromSearch(filtersToSearch(expected))).toEqual(expected);
  });

  it.each([
    'level=county',
    'carrier=Platform',
    'city=440000',
    'city=440203',
    'city=abc',
    'serviceItem=炒股',
    'status=current',
    'status=deleted',
    'year=1999',
    'year=2101',
    'year=20x3',
    'year=2023.5',
    'q=',
    'q=%20%20',
    `q=${'名'.repeat(51)}`,
    'page=0',
    'page=-1',
    'page=abc',
    'page=100001',
    'sort=score',
    'rank=1',
  ])('unknown or malformed %s is dropped', (query) => {
    expect(parse(query)).toEqual(EMPTY_FILTERS);
  });

  it('a search of exactly 50 characters is kept, 51 dropped', () => {
    expect(parse(`q=${'名'.repeat(50)}`).q).toHaveLength(50);
    expect(parse(`q=${'名'.repeat(51)}`).q).toBeUndefined();
  });

  it('the default status and page 1 stay out of the address', () => {
    expect(filtersToSearch({ ...EMPTY_FILTERS, city: '440100' }).toString()).toBe('city=440100');
    expect(filtersToSearch({ ...EMPTY_FILTERS, page: 2 }).toString()).toBe('page=2');
  });
});

describe('API and CSV addresses', () => {
  it('the API gets the filters, the page and the page size', () => {
    expect(registryApiPath(EMPTY_FILTERS)).toBe('/api/v1/registry?page=1&pageSize=20');
    expect(registryApiPath({ ...EMPTY_FILTERS, city: '440200', q: '琥珀', page: 2 })).toBe(
      '/api/v1/registry?city=440200&q=%E7%90%A5%E7%8F%80&page=2&pageSize=20',
    );
  });

  it('the CSV gets the same filters and no paging', () => {
    expect(registryCsvPath(EMPTY_FILTERS)).toBe('/api/v1/registry.csv');
    expect(registryCsvPath(FULL)).toBe(
      '/api/v1/registry.csv?level=national&carrier=platform&city=440200&serviceItem=%E6%95%B0%E5%AD%97%E5%8C%96%E8%BD%AC%E5%9E%8B&status=revoked&year=2023&q=%E7%90%A5%E7%8F%80+100%25_%5C',
    );
  });
});
