import { describe, expect, it } from 'vitest';
import { BASE_PROFILE_COLUMNS, BASE_PROFILES_SCHEMA, MAX_LEADING_INDUSTRY_CODES } from './base-profiles';
import { isInIndustries, sectionOf } from './industry-code';
import { exampleOf, parse } from './rows.fixture';

const PROFILE = {
  year: '2026',
  leadingIndustry: '电子信息制造',
  leadingIndustryCodes: 'C39',
  landArea: '350',
  employees: '5200',
  hasIncubator: '是',
  hasTechPlatform: '否',
  hasIndustryFund: '否',
};

describe('基地基本情况 rows', () => {
  it('accepts the template example', () => {
    expect(parse(BASE_PROFILES_SCHEMA, exampleOf(BASE_PROFILE_COLUMNS))).toEqual({
      year: 2026,
      leadingIndustry: '电子信息制造',
      leadingIndustryCodes: ['C39', 'C40'],
      landArea: 350,
      employees: 5200,
      hasIncubator: true,
      hasTechPlatform: true,
      hasIndustryFund: false,
    });
  });

  it.each([
    ['C39、C40', ['C39', 'C40']],
    ['39,40', ['C39', 'C40']],
    ['C39；3981; I65', ['C39', 'C3981', 'I65']],
    ['c39，C39', ['C39']],
    ['C', ['C']],
    ['398', ['C398']],
  ])('reads leading industry codes %s', (written, codes) => {
    expect(parse(BASE_PROFILES_SCHEMA, { ...PROFILE, leadingIndustryCodes: written })).toMatchObject({ leadingIndustryCodes: codes });
  });

  it.each([
    ['year 1999 is refused', { year: '1999' }, '年度: 应为2000至2026之间的整数'],
    ['next year is refused', { year: '2027' }, '年度: 应为2000至2026之间的整数'],
    ['land area 0 is accepted', { landArea: '0' }, null],
    ['two decimals of 亩 are accepted', { landArea: '350.25' }, null],
    ['three decimals are refused', { landArea: '350.255' }, '占地面积（亩）: 最多保留2位小数'],
    ['negative employees are refused', { employees: '-1' }, '从业人员: 应为0至10000000之间的整数'],
    ['employees 0 are accepted', { employees: '0' }, null],
    ['yes/no is closed', { hasIndustryFund: '有' }, '是否有产业基金: 应为“是”或“否”之一，而不是“有”'],
    ['codes are required', { leadingIndustryCodes: ' 、 ' }, '主导产业行业代码: 不能为空'],
    ['a letter that does not match is refused', { leadingIndustryCodes: 'C39、D39' }, '主导产业行业代码: “D39”的门类字母与大类39不符（应为C）'],
    ['a letter after T is refused', { leadingIndustryCodes: 'U' }, '主导产业行业代码: 门类字母应为A至T，而不是“U”'],
    ['words are refused', { leadingIndustryCodes: '电子' }, '主导产业行业代码: “电子”不是国民经济行业分类（GB/T 4754-2017）代码'],
    [
      'at most the maximum count of codes',
      { leadingIndustryCodes: Array.from({ length: MAX_LEADING_INDUSTRY_CODES + 1 }, (_, i) => String(13 + i)).join('、') },
      `主导产业行业代码: 最多填写${MAX_LEADING_INDUSTRY_CODES}个行业代码`,
    ],
  ] as const)('%s', (_case, change, problem) => {
    const result = parse(BASE_PROFILES_SCHEMA, { ...PROFILE, ...change });
    if (problem === null) expect(Array.isArray(result), JSON.stringify(result)).toBe(false);
    else expect(result).toEqual([problem]);
  });

  it.each([
    ['01', 'A'],
    ['05', 'A'],
    ['06', 'B'],
    ['12', 'B'],
    ['13', 'C'],
    ['43', 'C'],
    ['44', 'D'],
    ['70', 'K'],
    ['83', 'P'],
    ['96', 'S'],
    ['97', 'T'],
    ['00', null],
    ['98', null],
  ])('大类 %s belongs to 门类 %s', (division, section) => {
    expect(sectionOf(division)).toBe(section);
  });

  it.each([
    ['C3981', ['C39'], true],
    ['C3981', ['C'], true],
    ['C3981', ['C3981'], true],
    ['C3981', ['C398', 'C40'], true],
    ['C3981', ['C3982'], false],
    ['C4011', ['C39'], false],
  ])('%s is in %j: %s', (code, codes, inside) => {
    expect(isInIndustries(code, codes)).toBe(inside);
  });
});
