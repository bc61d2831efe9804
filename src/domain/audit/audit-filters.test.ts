// F7 item 1: how 操作日志 / 登录日志 filters resolve — defaults, the 366-day cap (inclusive), page size cap, actions.
import { describe, expect, it } from 'vitest';
import { daysCounted, instantRange, parseActionFilter, resolveAuditFilters, type AuditQueryInput } from './audit-filters';

const TODAY = '2026-11-28';

describe('resolveAuditFilters: the date range', () => {
  it.each<[string, AuditQueryInput, string, string]>([
    ['nothing: the last 30 days up to today', {}, '2026-10-30', '2026-11-28'],
    ['only from: up to today', { from: '2026-11-01' }, '2026-11-01', '2026-11-28'],
    ['only from, in the future: that one day', { from: '2026-12-05' }, '2026-12-05', '2026-12-05'],
    ['only to: the 30 days ending then', { to: '2026-03-31' }, '2026-03-02', '2026-03-31'],
    ['one day', { from: '2026-11-28', to: '2026-11-28' }, '2026-11-28', '2026-11-28'],
    ['366 days counted inclusively', { from: '2025-11-28', to: '2026-11-28' }, '2025-11-28', '2026-11-28'],
    ['366 days over a leap day', { from: '2028-01-01', to: '2028-12-31' }, '2028-01-01', '2028-12-31'],
  ])('%s', (_name, input, from, to) => {
    const outcome = resolveAuditFilters(input, TODAY);
    expect(outcome.ok && [outcome.filters.from, outcome.filters.to]).toEqual([from, to]);
  });

  it.each<[string, AuditQueryInput, string, string]>([
    ['367 days', { from: '2025-11-27', to: '2026-11-28' }, 'from', '日期范围不能超过366天，请缩小开始日期与结束日期的间隔'],
    ['backwards', { from: '2026-11-28', to: '2026-11-27' }, 'to', '结束日期不能早于开始日期'],
  ])('refuses %s', (_name, input, path, message) => {
    expect(resolveAuditFilters(input, TODAY)).toEqual({ ok: false, issues: [{ path, message }] });
  });

  it.each([
    ['2026-11-28', '2026-11-28', 1],
    ['2026-11-27', '2026-11-28', 2],
    ['2025-11-28', '2026-11-28', 366],
    ['2028-01-01', '2028-12-31', 366],
  ])('daysCounted(%s, %s) = %i', (from, to, days) => {
    expect(daysCounted(from, to)).toBe(days);
  });
});

describe('resolveAuditFilters: the rest', () => {
  it('trims, lower-cases the user, drops blanks and defaults the page', () => {
    const outcome = resolveAuditFilters({ user: ' ZhangSan ', objectId: '  ', ip: ' 10.0. ' }, TODAY);
    expect(outcome.ok && outcome.filters).toMatchObject({ user: 'zhangsan', objectId: null, ip: '10.0.', page: 1, pageSize: 20, action: null, result: null });
  });

  it.each([
    [1, 1],
    [100, 100],
    [101, 100],
  ])('page size %i → %i (cap 100)', (asked, used) => {
    const outcome = resolveAuditFilters({ pageSize: asked }, TODAY);
    expect(outcome.ok && outcome.filters.pageSize).toBe(used);
  });
});

describe('parseActionFilter', () => {
  it.each([
    ['application.submit', { kind: 'exact', action: 'application.submit' }],
    ['application.', { kind: 'prefix', prefix: 'application.' }],
    ['application.*', { kind: 'prefix', prefix: 'application.' }],
    ['national_tier.row_', { kind: 'prefix', prefix: 'national_tier.row_' }],
  ])('%s', (value, filter) => {
    expect(parseActionFilter(value)).toEqual(filter);
  });
});

describe('instantRange', () => {
  it('is [from 00:00, day after to 00:00) in Asia/Shanghai', () => {
    expect(instantRange({ from: '2026-11-27', to: '2026-11-30' })).toEqual({ start: '2026-11-27T00:00:00+08:00', end: '2026-12-01T00:00:00+08:00' });
    expect(new Date(instantRange({ from: '2026-11-27', to: '2026-11-27' }).start).toISOString()).toBe('2026-11-26T16:00:00.000Z');
  });
});
