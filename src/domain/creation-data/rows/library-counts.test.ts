import { describe, expect, it } from 'vitest';
import { LIBRARY_COUNT_COLUMNS, LIBRARY_COUNTS_SCHEMA, MAX_LIBRARY_COUNT } from './library-counts';
import { exampleOf, parse } from './rows.fixture';

const POLICY = { library: '法律政策库', asOf: '2026-06-30', count: '1520', hasPolicyPush: '是' };

describe('资源库数据量 rows', () => {
  it('accepts the template example', () => {
    expect(parse(LIBRARY_COUNTS_SCHEMA, exampleOf(LIBRARY_COUNT_COLUMNS))).toEqual({ library: 'policy', asOf: '2026-06-30', count: 1520, hasPolicyPush: true });
  });

  it.each([
    ['中小企业库', 'sme'],
    ['服务机构库', 'organisation'],
    ['服务产品案例库', 'product'],
    ['产品（案例）库', 'product'],
    ['服务产品和案例库', 'product'],
  ] as const)('reads %s with no policy push', (label, library) => {
    expect(parse(LIBRARY_COUNTS_SCHEMA, { ...POLICY, library: label, hasPolicyPush: '' })).toEqual({ library, asOf: '2026-06-30', count: 1520, hasPolicyPush: null });
  });

  it.each([
    ['count 0 is accepted', { count: '0' }, null],
    ['count -1 is refused', { count: '-1' }, `数据量: 应为0至${MAX_LIBRARY_COUNT}之间的整数`],
    ['the largest count is accepted', { count: String(MAX_LIBRARY_COUNT) }, null],
    ['one more is refused', { count: String(MAX_LIBRARY_COUNT + 1) }, `数据量: 应为0至${MAX_LIBRARY_COUNT}之间的整数`],
    ['a fraction is refused', { count: '12.5' }, '数据量: 应为整数，而不是“12.5”'],
    ['thousands separators are read', { count: '1,520' }, null],
    ['dated today is accepted', { asOf: '2026-06-30' }, null],
    ['dated tomorrow is refused', { asOf: '2026-07-01' }, '统计日期: 日期2026-07-01晚于今天（2026-06-30）'],
    ['the short name 政策库 is read', { library: '政策库' }, null],
    ['政策库 needs its policy push answer', { hasPolicyPush: '' }, '政策推送: 不能为空'],
    ['政策库 push 否 is accepted', { hasPolicyPush: '否' }, null],
    ['another library has no policy push', { library: '中小企业库', hasPolicyPush: '是' }, '政策推送: 仅法律政策库填写政策推送'],
    ['the library list is closed', { library: '专家库' }, '资源库: 应为“中小企业库”、“法律政策库”、“服务机构库”、“服务产品案例库”之一，而不是“专家库”'],
  ] as const)('%s', (_case, change, problem) => {
    const result = parse(LIBRARY_COUNTS_SCHEMA, { ...POLICY, ...change });
    if (problem === null) expect(Array.isArray(result), JSON.stringify(result)).toBe(false);
    else expect(result).toEqual([problem]);
  });
});
