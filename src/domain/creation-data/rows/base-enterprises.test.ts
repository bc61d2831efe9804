import { describe, expect, it } from 'vitest';
import { BASE_ENTERPRISE_COLUMNS, BASE_ENTERPRISES_SCHEMA, MAX_AMOUNT_WAN, readQualityCategory } from './base-enterprises';
import { exampleOf, parse } from './rows.fixture';

const ENTERPRISE = {
  year: '2026',
  creditCode: '914403001922038216',
  name: '广州示范精密制造有限公司',
  industryCode: 'C3981',
  revenue: '3200.5',
  rdSpending: '96',
  inventionPatents: '3',
  qualityCategory: '',
};

describe('入驻企业 rows', () => {
  it('accepts the template example', () => {
    expect(parse(BASE_ENTERPRISES_SCHEMA, exampleOf(BASE_ENTERPRISE_COLUMNS))).toEqual({
      year: 2026,
      creditCode: '914403001922038216',
      name: '广州示范精密制造有限公司',
      industryCode: 'C3981',
      revenue: 3200.5,
      rdSpending: 96,
      inventionPatents: 3,
      qualityCategory: 'specialised',
      isResident: true,
    });
  });

  it.each([
    ['是', true],
    ['否', false],
    ['', true], // the column is optional: an older template without it lists resident enterprises
  ])('是否在园 “%s” → resident %s', (cell, expected) => {
    expect(parse(BASE_ENTERPRISES_SCHEMA, { ...ENTERPRISE, isResident: cell })).toMatchObject({ isResident: expected });
  });

  it('是否在园 other than 是/否 is refused', () => {
    expect(parse(BASE_ENTERPRISES_SCHEMA, { ...ENTERPRISE, isResident: '迁出' })).toEqual(['是否在园: 应为“是”或“否”之一，而不是“迁出”']);
  });

  it.each([
    ['year 2000 is accepted', { year: '2000' }, null],
    ['year 1999 is refused', { year: '1999' }, '年度: 应为2000至2026之间的整数'],
    ['this year is accepted', { year: '2026' }, null],
    ['next year is refused', { year: '2027' }, '年度: 应为2000至2026之间的整数'],
    ['revenue 0 is accepted', { revenue: '0' }, null],
    ['negative revenue is refused', { revenue: '-0.01' }, `营业收入（万元）: 应在0至${MAX_AMOUNT_WAN}之间`],
    ['revenue above the ceiling is refused', { revenue: String(MAX_AMOUNT_WAN + 1) }, `营业收入（万元）: 应在0至${MAX_AMOUNT_WAN}之间`],
    ['four decimals are accepted', { rdSpending: '1.2345' }, null],
    ['five decimals are refused', { rdSpending: '1.23456' }, '研发经费（万元）: 最多保留4位小数'],
    ['R&D 0 is accepted', { rdSpending: '0' }, null],
    ['patents 0 are accepted', { inventionPatents: '0' }, null],
    ['negative patents are refused', { inventionPatents: '-1' }, '发明专利数: 应为0至100000之间的整数'],
    ['a fraction of a patent is refused', { inventionPatents: '1.5' }, '发明专利数: 应为整数，而不是“1.5”'],
    ['an unknown category is refused', { qualityCategory: '瞪羚企业' }, '优质企业类别: 应为单项冠军、专精特新“小巨人”、专精特新、高新技术企业、科技型中小企业、创新型中小企业之一，或不填，而不是“瞪羚企业”'],
    ['a bad credit code is refused', { creditCode: '91440300192203821' }, '统一社会信用代码: 统一社会信用代码应为18位'],
  ] as const)('%s', (_case, change, problem) => {
    const result = parse(BASE_ENTERPRISES_SCHEMA, { ...ENTERPRISE, ...change });
    if (problem === null) expect(Array.isArray(result), JSON.stringify(result)).toBe(false);
    else expect(result).toEqual([problem]);
  });

  it.each([
    ['C3981', 'C3981'],
    ['3981', 'C3981'],
    ['c3981', 'C3981'],
    ['0111', 'A0111'],
    ['9700', 'T9700'],
    ['I6510', 'I6510'],
  ])('normalises industry class %s to %s', (written, stored) => {
    expect(parse(BASE_ENTERPRISES_SCHEMA, { ...ENTERPRISE, industryCode: written })).toMatchObject({ industryCode: stored });
  });

  it.each([
    ['D3981', '行业代码: “D3981”的门类字母与大类39不符（应为C）'],
    ['9801', '行业代码: “9801”中的大类98不存在（应为01至97）'],
    ['0011', '行业代码: “0011”中的大类00不存在（应为01至97）'],
    ['C39', '行业代码: 应为国民经济行业分类（GB/T 4754-2017）小类代码，例如C3981或3981，而不是“C39”'],
    ['C39811', '行业代码: 应为国民经济行业分类（GB/T 4754-2017）小类代码，例如C3981或3981，而不是“C39811”'],
    ['', '行业代码: 不能为空'],
  ])('refuses industry class %s', (written, problem) => {
    expect(parse(BASE_ENTERPRISES_SCHEMA, { ...ENTERPRISE, industryCode: written })).toEqual([problem]);
  });

  it.each([
    ['单项冠军', 'champion'],
    ['制造业单项冠军企业', 'champion'],
    ['专精特新“小巨人”', 'littleGiant'],
    ['专精特新"小巨人"企业', 'littleGiant'],
    ['专精特新小巨人', 'littleGiant'],
    ['专精特新', 'specialised'],
    ['专精特新中小企业', 'specialised'],
    ['高新技术企业', 'highTech'],
    ['科技型中小企业', 'techSme'],
    ['创新型中小企业', 'innovativeSme'],
    ['littleGiant', 'littleGiant'],
  ])('reads quality category %s', (written, key) => {
    expect(readQualityCategory(written)).toEqual({ ok: true, value: key });
  });
});
