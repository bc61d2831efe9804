import { describe, expect, it } from 'vitest';
import type { RegistryEntry } from '../../contracts/registry';
import { csvCell, REGISTRY_CSV_HEADERS, registryCsvFileName, toRegistryCsv } from './registry-csv';

const entry = (overrides: Partial<RegistryEntry> = {}): RegistryEntry => ({
  id: '00000000-0000-4000-8000-000000000001',
  name: '广州设计创新服务平台',
  operatorName: '广州设计创新运营有限公司',
  carrier: 'platform',
  carrierLabel: '示范平台',
  platformKind: 'comprehensive',
  platformKindLabel: '综合服务平台',
  cityCode: '440100',
  cityName: '广州市',
  countyCode: '440115',
  countyName: '南沙区',
  levels: ['national', 'provincial'],
  isNational: true,
  isProvincial: true,
  batchYear: 2024,
  status: 'certified',
  statusLabel: '已认定',
  statusDetail: null,
  certificateNumber: '粤中小示范平台〔2024〕001号',
  certifiedOn: '2024-12-20',
  serviceItems: ['创业指导', '数字化转型'],
  publicPhone: '020-12345678',
  website: null,
  source: 'legacy',
  ...overrides,
});

describe('csvCell', () => {
  it.each<[string | number | null, string]>([
    ['plain', 'plain'],
    ['中文', '中文'],
    [null, ''],
    [2024, '2024'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    // Formula injection (OWASP): = + - @ and tab/CR at the start are neutralised with a leading '.
    ['=1+1', "'=1+1"],
    ['+86 20 1234', "'+86 20 1234"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['a=b', 'a=b'],
    ["'quoted", "'quoted"],
  ])('%j → %j', (value, cell) => expect(csvCell(value)).toBe(cell));
});

describe('toRegistryCsv', () => {
  it('writes a BOM, the Chinese header and one CRLF line per entry', () => {
    const text = toRegistryCsv([entry(), entry({ id: '00000000-0000-4000-8000-000000000002', name: '名称,带逗号', levels: ['provincial'], batchYear: null })]).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(REGISTRY_CSV_HEADERS.join(','));
    expect(lines[0]).toBe('条目编号,名称,运营主体,载体类型,平台类别,地市代码,地市,区县（镇街）代码,区县（镇街）,级别,批次年份,状态,状态说明,认定证书编号,认定日期,服务内容,对外服务电话,网址');
    expect(lines[1]).toBe(
      '00000000-0000-4000-8000-000000000001,广州设计创新服务平台,广州设计创新运营有限公司,示范平台,综合服务平台,440100,广州市,440115,南沙区,国家级、省级,2024,已认定,,粤中小示范平台〔2024〕001号,2024-12-20,创业指导、数字化转型,020-12345678,',
    );
    expect(lines[2]).toContain(',"名称,带逗号",');
    expect(lines[2]).toContain(',省级,,已认定,');
    expect(lines[3]).toBe('');
  });

  it('writes the header alone for an empty list', () => {
    expect(toRegistryCsv([]).toString('utf8')).toBe(`\uFEFF${REGISTRY_CSV_HEADERS.join(',')}\r\n`);
  });

  it('never writes a score or a person', () => {
    expect(REGISTRY_CSV_HEADERS.join()).not.toMatch(/分数|得分|评分|排名|联系人|邮箱/);
  });
});

describe('registryCsvFileName', () => {
  it('is dated without separators', () => {
    expect(registryCsvFileName('2026-11-28')).toBe('广东省中小企业公共服务示范平台（基地）信息数据库-20261128.csv');
  });
});
