import { describe, expect, it } from 'vitest';
import { employerOf, expertIdentifier, RESOURCE_COLUMNS, RESOURCES_SCHEMA } from './resources';
import { exampleOf, parse } from './rows.fixture';

const ORGANISATION = {
  kind: '服务机构',
  name: '广州市示范管理咨询有限公司',
  creditCode: '914403001922038216',
  field: '管理咨询',
  agreementStartsOn: '2026-01-10',
  agreementEndsOn: '2028-01-09',
  isActive: '是',
};
const EXPERT = { kind: '专家', name: '李明', employer: '华南理工大学', field: '数字化转型', agreementStartsOn: '2026-03-01' };

describe('服务资源池 rows', () => {
  it('accepts the template example', () => {
    expect(parse(RESOURCES_SCHEMA, exampleOf(RESOURCE_COLUMNS))).toMatchObject({ kind: 'organisation', isActive: true });
  });

  it('reads an organisation keyed by its credit code and an expert keyed by name and employer', () => {
    expect(parse(RESOURCES_SCHEMA, { ...ORGANISATION, creditCode: ' 914403001922038216 ' })).toEqual({
      kind: 'organisation',
      identifier: '914403001922038216',
      name: '广州市示范管理咨询有限公司',
      creditCode: '914403001922038216',
      employer: null,
      field: '管理咨询',
      agreementStartsOn: '2026-01-10',
      agreementEndsOn: '2028-01-09',
      isActive: true,
    });
    const expert = parse(RESOURCES_SCHEMA, EXPERT);
    expect(expert).toMatchObject({ kind: 'expert', identifier: expertIdentifier('李明', '华南理工大学'), creditCode: null, employer: '华南理工大学' });
    expect(employerOf(expertIdentifier('李明', '华南理工大学'))).toBe('华南理工大学');
  });

  it.each([
    ['end on the start day is accepted', { agreementEndsOn: '2026-01-10' }, null],
    ['end the day before the start is refused', { agreementEndsOn: '2026-01-09' }, '协议结束日期: 协议结束日期2026-01-09早于开始日期2026-01-10'],
    ['start today is accepted', { agreementStartsOn: '2026-06-30', agreementEndsOn: '' }, null],
    ['start tomorrow is refused', { agreementStartsOn: '2026-07-01', agreementEndsOn: '' }, '协议开始日期: 日期2026-07-01晚于今天（2026-06-30）'],
    ['no end date (long-term) is accepted', { agreementEndsOn: '' }, null],
    ['a date that does not exist is refused', { agreementStartsOn: '2026-02-30' }, '协议开始日期: 日期2026-02-30不存在'],
    ['否 with the day it left records leaving the pool', { isActive: '否' }, null],
    ['否 without an end date is refused', { isActive: '否', agreementEndsOn: '' }, '协议结束日期: 是否在库为“否”时须填写协议结束日期（该资源退出资源池的日期）'],
    ['是 without an end date is accepted', { isActive: '是', agreementEndsOn: '' }, null],
    ['在库 other than 是/否 is refused', { isActive: '在' }, '是否在库: 应为“是”或“否”之一，而不是“在”'],
    ['an organisation needs its credit code', { creditCode: '' }, '统一社会信用代码: 不能为空'],
    ['a wrong check character is refused', { creditCode: '914403001922038217' }, '统一社会信用代码: 统一社会信用代码校验位不正确，请核对后重新输入'],
    ['an organisation has no employer', { employer: '某大学' }, '工作单位: 服务机构不填工作单位'],
    ['the type is closed', { kind: '企业' }, '类型: 应为“服务机构”或“专家”之一，而不是“企业”'],
    ['a name of 100 characters is accepted', { name: '机'.repeat(100) }, null],
    ['a name of 101 characters is refused', { name: '机'.repeat(101) }, '名称: 不能超过100个字'],
  ] as const)('organisation: %s', (_case, change, problem) => {
    const result = parse(RESOURCES_SCHEMA, { ...ORGANISATION, ...change });
    if (problem === null) expect(Array.isArray(result), JSON.stringify(result)).toBe(false);
    else expect(result).toEqual([problem]);
  });

  it.each([
    ['an expert needs an employer', { employer: '' }, '工作单位: 不能为空'],
    ['an expert has no credit code', { creditCode: '914403001922038216' }, '统一社会信用代码: 专家不填统一社会信用代码，请填写工作单位'],
  ] as const)('expert: %s', (_case, change, problem) => {
    expect(parse(RESOURCES_SCHEMA, { ...EXPERT, ...change })).toEqual([problem]);
  });

  it('reports every wrong cell of a row at once', () => {
    expect(parse(RESOURCES_SCHEMA, { kind: '服务机构', creditCode: 'x' })).toEqual([
      '名称: 不能为空',
      '统一社会信用代码: 统一社会信用代码应为18位',
      '服务领域: 不能为空',
      '协议开始日期: 不能为空',
    ]);
  });
});
