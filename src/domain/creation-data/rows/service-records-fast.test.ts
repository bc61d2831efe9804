import { describe, expect, it } from 'vitest';
import type { RowContext } from '../row-schema';
import { parseRowChecked } from './service-records';
import { parseCanonicalRow } from './service-records-fast';

const CONTEXT: RowContext = { today: '2026-06-30', serviceItems: ['管理咨询', '创业指导'], platformKindLabel: '综合服务平台' };
const BASE = ['FW001', '914403001922038216', '华为技术有限公司', '440106', '管理咨询', '2026-03-05', '线上', '满意'];

// Each variant changes one cell; the fast path may decline any of them, but what it accepts the checked path must
// accept with the very same values.
const VARIANTS: [number, string][] = [
  [0, ''], [0, 'FW\u0000001'], [2, '华为\u0000'], [0, ' FW001 '], [0, 'X'.repeat(64)], [0, 'X'.repeat(65)],
  [1, '9144030071526726XG'], [1, '9144030071526726xg'], [1, ' 914403001922038216'], [1, '914403001922038217'], [1, '91AB030071526726XG'],
  [1, '91440300192203821'], [1, '9144030019220382160'], [1, 'ＡＢ'], [1, '91350100M000100Y43'],
  [2, ''], [2, ' 名称 '], [2, '企'.repeat(100)], [2, '企'.repeat(101)],
  [3, '440106'], [3, ' 440106 '], [3, '441900003'], [3, '440100'], [3, '44010'], [3, '110101'],
  [4, '创业指导'], [4, ' 创业指导'], [4, '数字化转型'], [4, ''],
  [5, '2026-06-30'], [5, '2026-07-01'], [5, '2026-02-29'], [5, '2024-02-29'], [5, '2026-13-01'], [5, '2026-00-10'], [5, '2026/03/05'],
  [5, '1900-01-01'], [5, '1899-12-31'], [5, '0026-03-05'], [5, '2026-3-5'], [5, '2026年3月5日'], [5, ' 2026-03-05 '], [5, '2026-03-5x'], [5, '202６-03-05'],
  [6, '线下'], [6, 'online'], [6, 'offline'], [6, ' 线上 '], [6, '电话'], [6, ''],
  [7, ''], [7, '1'], [7, '5'], [7, '0'], [7, '6'], [7, '05'], [7, '很不满意'], [7, '非常不满意'], [7, '一般'], [7, ' 满意 '], [7, '还行'],
];

describe('service record fast path', () => {
  it('takes the usual row', () => {
    expect(parseCanonicalRow(BASE, CONTEXT)).not.toBeNull();
  });

  it.each(VARIANTS)('column %i = %j: whatever the fast path accepts, the checked path reads the same', (index, value) => {
    const cells = [...BASE];
    cells[index] = value;
    const fast = parseCanonicalRow(cells, CONTEXT);
    const checked = parseRowChecked(cells, CONTEXT);
    if (fast !== null) expect(checked).toEqual({ ok: true, row: fast });
  });
});

describe('cells the checked path refuses with a reason, which the fast path must decline', () => {
  it.each([
    [0, 'FW\u0000001', '记录编号', '含有空字符（NUL），可能是文件损坏或导出有误，请删除后重新填写'],
    [2, '华为\u0000技术', '企业名称', '含有空字符（NUL），可能是文件损坏或导出有误，请删除后重新填写'],
    [5, '1899-12-31', '服务日期', '日期1899-12-31的年份早于1900年，请检查年份是否写全（例如2026）'],
    [5, '0026-03-05', '服务日期', '日期0026-03-05的年份早于1900年，请检查年份是否写全（例如2026）'],
  ])('column %i = %j', (index, value, column, reason) => {
    const cells = [...BASE];
    cells[index] = value;
    expect(parseCanonicalRow(cells, CONTEXT)).toBeNull();
    expect(parseRowChecked(cells, CONTEXT)).toEqual({ ok: false, problems: [{ column, value, reason }] });
  });

  it('takes the first day of 1900', () => {
    const cells = [...BASE];
    cells[5] = '1900-01-01';
    expect(parseCanonicalRow(cells, CONTEXT)?.serviceDate).toBe('1900-01-01');
  });
});
