import { describe, expect, it } from 'vitest';
import type { RowContext } from '../row-schema';
import { SERVICE_RECORD_SCHEMA, serviceRecordIdentity, type ServiceRecordRow } from './service-records';

const CONTEXT: RowContext = { today: '2026-06-30', serviceItems: ['管理咨询', '创业指导', '投融资'], platformKindLabel: '综合服务平台' };
const GOOD = ['FW001', '914403001922038216', '华为技术有限公司', '440106', '管理咨询', '2026-03-05', '线上', '满意'];

function parse(overrides: Record<number, string>) {
  const cells = GOOD.map((cell, index) => overrides[index] ?? cell);
  return SERVICE_RECORD_SCHEMA.parseRow(cells, CONTEXT);
}

function problemOf(index: number, value: string) {
  const outcome = parse({ [index]: value });
  if (outcome.ok) return null;
  expect(outcome.problems).toHaveLength(1);
  return outcome.problems[0]!;
}

describe('service record row schema', () => {
  it('reads a good row into stored values', () => {
    expect(parse({})).toEqual({
      ok: true,
      row: { externalId: 'FW001', creditCode: '914403001922038216', enterpriseName: '华为技术有限公司', divisionCode: '440106', serviceItem: '管理咨询', serviceDate: '2026-03-05', channel: 'online', satisfaction: 4 },
    });
  });

  it.each([
    // column index, value, accepted?, exact reason when refused
    [1, '91440300192203821', false, '统一社会信用代码应为18位'],
    [1, '914403001922038217', false, '统一社会信用代码校验位不正确，请核对后重新输入'],
    [1, ' 9144030071526726xg ', true, ''],
    [1, '', false, '不能为空'],
    [2, '企'.repeat(100), true, ''],
    [2, '企'.repeat(101), false, '不能超过100个字'],
    [3, '440106', true, ''],
    [3, '441900003', true, ''],
    [3, '442000001', true, ''],
    [3, '440100', false, '440100不是广东省的县（市、区）级行政区划代码，也不是东莞、中山的镇街代码'],
    [3, '440000', false, '440000不是广东省的县（市、区）级行政区划代码，也不是东莞、中山的镇街代码'],
    [3, '110101', false, '110101不是广东省的县（市、区）级行政区划代码，也不是东莞、中山的镇街代码'],
    [3, '4401', false, '应为6位县（市、区）代码或9位镇街代码，而不是“4401”'],
    [4, '创业指导', true, ''],
    [4, '数字化转型', false, '“数字化转型”不是综合服务平台的服务内容，应为管理咨询、创业指导、投融资之一'],
    [5, '2026-06-30', true, ''],
    [5, '2026-07-01', false, '日期2026-07-01晚于今天（2026-06-30）'],
    [5, '2026-02-28', true, ''],
    [5, '2026-02-29', false, '日期2026-02-29不存在'],
    [5, '2026-02-30', false, '日期2026-02-30不存在'],
    [5, '2026/3/5', true, ''],
    [5, '5 March', false, '日期格式应为YYYY-MM-DD，例如2026-03-05'],
    [6, '线下', true, ''],
    [6, '电话', false, '应为“线上”或“线下”之一，而不是“电话”'],
    [7, '', true, ''],
    [7, '1', true, ''],
    [7, '5', true, ''],
    [7, '0', false, '满意度应为1至5之间的整数（5为非常满意），而不是0'],
    [7, '6', false, '满意度应为1至5之间的整数（5为非常满意），而不是6'],
    [7, '7', false, '满意度应为1至5之间的整数（5为非常满意），而不是7'],
    [7, '很不满意', true, ''],
    [7, '还行', false, '满意度应为1至5，或非常满意、满意、一般、不满意、很不满意之一，而不是“还行”'],
    [0, '', true, ''],
    [0, 'X'.repeat(64), true, ''],
    [0, 'X'.repeat(65), false, '不能超过64个字'],
  ] as const)('column %i = "%s": accepted %s', (index, value, isAccepted, reason) => {
    const problem = problemOf(index, value);
    if (isAccepted) expect(problem).toBeNull();
    else expect(problem).toEqual({ column: SERVICE_RECORD_SCHEMA.columns[index]!.header, value, reason });
  });

  it.each([
    ['1', 1],
    ['很不满意', 1],
    ['非常不满意', 1],
    ['不满意', 2],
    ['一般', 3],
    ['满意', 4],
    ['非常满意', 5],
  ] as const)('satisfaction "%s" is %i', (value, score) => {
    const outcome = parse({ 7: value });
    expect(outcome.ok && outcome.row.satisfaction).toBe(score);
  });

  it('reports every problem of a row at once, naming each column', () => {
    const outcome = parse({ 1: 'bad', 5: '2026-02-30', 7: '7' });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.map((p) => p.column)).toEqual(['统一社会信用代码', '服务日期', '满意度评价']);
  });

  it('identifies a record by its own id when given, else by enterprise, place, item, day and channel', () => {
    const row: ServiceRecordRow = { externalId: null, creditCode: 'C', enterpriseName: 'N', divisionCode: 'D', serviceItem: 'I', serviceDate: '2026-01-01', channel: 'online', satisfaction: 5 };
    expect(serviceRecordIdentity({ ...row, satisfaction: 1, enterpriseName: 'other' })).toBe(serviceRecordIdentity(row));
    expect(serviceRecordIdentity({ ...row, channel: 'offline' })).not.toBe(serviceRecordIdentity(row));
    expect(serviceRecordIdentity({ ...row, externalId: 'A' })).toBe(serviceRecordIdentity({ ...row, externalId: 'A', creditCode: 'other' }));
  });

  it('has the template headers in order, with required marks', () => {
    expect(SERVICE_RECORD_SCHEMA.columns.map((c) => `${c.header}${c.isRequired ? '*' : ''}`)).toEqual([
      '记录编号', '统一社会信用代码*', '企业名称*', '服务地区代码*', '服务事项*', '服务日期*', '服务方式*', '满意度评价',
    ]);
  });
});
