// A stored row shown in a form and saved unchanged must read back as the same row: otherwise a correction that only
// touches one field would silently change another, and an unchanged resubmission would not count as a duplicate.
import { describe, expect, it } from 'vitest';
import type { DatasetRowSchema } from '../row-schema';
import { baseEnterpriseCells, BASE_ENTERPRISES_SCHEMA } from './base-enterprises';
import { baseProfileCells, BASE_PROFILES_SCHEMA } from './base-profiles';
import { entryPointCells, ENTRY_POINTS_SCHEMA } from './entry-points';
import { libraryCountCells, LIBRARY_COUNTS_SCHEMA } from './library-counts';
import { expertIdentifier, resourceCells, RESOURCES_SCHEMA } from './resources';
import { formIssuesOf } from './form-issues';
import { parse } from './rows.fixture';

function roundTrip<T>(schema: DatasetRowSchema<T>, toCells: (row: T) => Record<string, string>, row: T): T | string[] {
  return parse(schema, toCells(row));
}

describe('stored rows written back as cells read back unchanged', () => {
  it.each([
    {
      kind: 'organisation' as const,
      identifier: '914403001922038216',
      name: '机构',
      creditCode: '914403001922038216',
      employer: null,
      field: '管理咨询',
      agreementStartsOn: '2026-01-10',
      agreementEndsOn: '2026-09-30',
      isActive: false,
    },
    {
      kind: 'expert' as const,
      identifier: expertIdentifier('李明', '华南理工大学'),
      name: '李明',
      creditCode: null,
      employer: '华南理工大学',
      field: '数字化转型',
      agreementStartsOn: '2026-01-10',
      agreementEndsOn: '2027-01-10',
      isActive: true,
    },
  ])('resource $kind', (row) => {
    expect(roundTrip(RESOURCES_SCHEMA, resourceCells, row)).toEqual(row);
  });

  it.each([
    { library: 'policy' as const, asOf: '2026-06-30', count: 0, hasPolicyPush: false },
    { library: 'product' as const, asOf: '2026-01-01', count: 1_999_999_999, hasPolicyPush: null },
  ])('library count $library', (row) => {
    expect(roundTrip(LIBRARY_COUNTS_SCHEMA, libraryCountCells, row)).toEqual(row);
  });

  it.each([
    { kind: 'pc' as const, mobileType: null, address: 'https://a.example.cn', registrationMinutes: 7.5, asOf: '2026-06-30', isActive: true },
    { kind: 'mobile' as const, mobileType: 'officialAccount' as const, address: '广东中小企业', registrationMinutes: null, asOf: '2026-06-30', isActive: false },
    { kind: 'mobile' as const, mobileType: 'app' as const, address: 'https://app.example.cn', registrationMinutes: 0, asOf: '2026-06-30', isActive: true },
  ])('entry point $kind $mobileType', (row) => {
    expect(roundTrip(ENTRY_POINTS_SCHEMA, entryPointCells, row)).toEqual(row);
  });

  it.each([
    { year: 2026, creditCode: '914403001922038216', name: '企业', industryCode: 'C3981', revenue: 3200.1234, rdSpending: 0, inventionPatents: 0, qualityCategory: 'littleGiant' as const, isResident: true },
    { year: 2025, creditCode: '9144030071526726XG', name: '企业', industryCode: 'I6510', revenue: 0, rdSpending: 12.5, inventionPatents: 7, qualityCategory: null, isResident: false },
  ])('base enterprise $industryCode', (row) => {
    expect(roundTrip(BASE_ENTERPRISES_SCHEMA, baseEnterpriseCells, row)).toEqual(row);
  });

  it('base profile', () => {
    const row = {
      year: 2026,
      leadingIndustry: '电子信息制造',
      leadingIndustryCodes: ['C39', 'I65'],
      landArea: 350.25,
      employees: 0,
      hasIncubator: true,
      hasTechPlatform: false,
      hasIndustryFund: true,
    };
    expect(roundTrip(BASE_PROFILES_SCHEMA, baseProfileCells, row)).toEqual(row);
  });
});

describe('form issues', () => {
  it('puts each problem under its column key, naming the column', () => {
    const outcome = ENTRY_POINTS_SCHEMA.parseRow(['PC端', '', 'www.x.cn', '是', '', '2026-06-30', ''], { today: '2026-06-30', serviceItems: [] });
    expect(outcome.ok ? [] : formIssuesOf(ENTRY_POINTS_SCHEMA.columns, outcome.problems)).toEqual([
      { path: 'cells.address', message: '访问地址：应为以http://或https://开头的网址，例如https://www.example.gov.cn，而不是“www.x.cn”' },
      { path: 'cells.registrationMinutes', message: '注册用时（分钟）：不能为空' },
    ]);
    expect(formIssuesOf(ENTRY_POINTS_SCHEMA.columns, [{ column: '别的列', value: '', reason: '有误' }])).toEqual([{ path: '', message: '别的列：有误' }]);
  });
});
