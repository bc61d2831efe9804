import { describe, expect, it } from 'vitest';
import { drillDownHref, readFilters, withQuery } from './oversight-query';

describe('the dashboard filters of a URL query', () => {
  it.each([
    ['year=2025&city=440300&carrier=platform&platformKind=professional', false, { year: '2025', city: '440300', carrier: 'platform', platformKind: 'professional' }],
    // A city officer's city is the server's to force: never sent.
    ['year=2025&city=440100', true, { year: '2025' }],
    // Unknown keys and malformed values stay out, so a stale link never makes the API answer 400.
    ['year=25&city=999999&carrier=ship&platformKind=x&foo=1', false, {}],
    ['year=20250', false, {}],
    // 基地 have no platform kind.
    ['carrier=base&platformKind=comprehensive', false, { carrier: 'base' }],
    ['', false, {}],
  ] as const)('%s (city officer %s)', (query, isCityOfficer, expected) => {
    expect(readFilters(new URLSearchParams(query), isCityOfficer)).toEqual(expected);
  });

  it('links keep the filters and drop empty values', () => {
    expect(withQuery('/api/oversight/dashboard.xlsx', { year: '2025', city: undefined, carrier: '' })).toBe('/api/oversight/dashboard.xlsx?year=2025');
    expect(withQuery('/api/oversight/dashboard', {})).toBe('/api/oversight/dashboard');
    expect(drillDownHref({ year: '2024', carrier: 'platform' }, { state: 'creating' })).toBe('/workspace/oversight/objects?year=2024&carrier=platform&state=creating');
    // A bar of 按地市 narrows the filters' city.
    expect(drillDownHref({ city: '440100' }, { city: '440300' })).toBe('/workspace/oversight/objects?city=440300');
  });
});
