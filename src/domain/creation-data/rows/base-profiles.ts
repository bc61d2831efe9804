// 基地基本情况 per year (Attachment 2): the leading industry (by GB/T 4754 codes, which decide whose revenue counts
// toward 主导产业营业收入占比), land and employees, and the three carriers of 创业创新服务生态情况 (at least two must
// operate). One row per year; a later row for the same year supersedes the earlier one.
import { readDecimal, readInteger, readText, readYesNo } from '../cells';
import type { DatasetColumn, DatasetRowSchema } from '../row-schema';
import { FIRST_REPORT_YEAR } from './base-enterprises';
import { readIndustryCodeList } from './industry-code';
import { readRow, YES_NO_CHOICES } from './row-reader';

export interface BaseProfileRow {
  year: number;
  leadingIndustry: string;
  /** GB/T 4754 codes at any level with their letter, e.g. ['C39', 'C40']. */
  leadingIndustryCodes: string[];
  /** 亩 */
  landArea: number;
  employees: number;
  hasIncubator: boolean;
  hasTechPlatform: boolean;
  hasIndustryFund: boolean;
}

export const MAX_LEADING_INDUSTRY_CODES = 20;

export const BASE_PROFILE_COLUMNS = [
  { key: 'year', header: '年度', isRequired: true, example: '2026', hint: '数据所属年度，例如2026' },
  { key: 'leadingIndustry', header: '主导产业名称', isRequired: true, example: '电子信息制造', hint: '基地的主导产业' },
  {
    key: 'leadingIndustryCodes',
    header: '主导产业行业代码',
    isRequired: true,
    example: 'C39、C40',
    hint: '国民经济行业分类（GB/T 4754-2017）代码，可填门类、大类、中类或小类，多个用顿号、逗号或分号分隔',
  },
  { key: 'landArea', header: '占地面积（亩）', isRequired: true, example: '350', hint: '单位亩，可有2位小数' },
  { key: 'employees', header: '从业人员', isRequired: true, example: '5200', hint: '基地从业人员人数' },
  { key: 'hasIncubator', header: '是否有孵化器', isRequired: true, example: '是', hint: '是或否：是否有运营的科技企业孵化器', choices: () => YES_NO_CHOICES },
  { key: 'hasTechPlatform', header: '是否有公共技术服务平台', isRequired: true, example: '是', hint: '是或否', choices: () => YES_NO_CHOICES },
  { key: 'hasIndustryFund', header: '是否有产业基金', isRequired: true, example: '否', hint: '是或否', choices: () => YES_NO_CHOICES },
] as const satisfies readonly DatasetColumn[];

type BaseProfileKey = (typeof BASE_PROFILE_COLUMNS)[number]['key'];

const yesNo = (value: boolean): string => (value ? '是' : '否');

/** A stored row written back as the cells of the template (what a form shows and corrects). */
export function baseProfileCells(row: BaseProfileRow): Record<BaseProfileKey, string> {
  return {
    year: String(row.year),
    leadingIndustry: row.leadingIndustry,
    leadingIndustryCodes: row.leadingIndustryCodes.join('、'),
    landArea: String(row.landArea),
    employees: String(row.employees),
    hasIncubator: yesNo(row.hasIncubator),
    hasTechPlatform: yesNo(row.hasTechPlatform),
    hasIndustryFund: yesNo(row.hasIndustryFund),
  };
}

export const BASE_PROFILES_SCHEMA: DatasetRowSchema<BaseProfileRow> = {
  dataset: 'baseProfiles',
  columns: BASE_PROFILE_COLUMNS,
  parseRow(cells, context) {
    const row = readRow<BaseProfileKey>(BASE_PROFILE_COLUMNS, cells);
    const year = row.read('year', (raw) => readInteger(raw, { min: FIRST_REPORT_YEAR, max: Number(context.today.slice(0, 4)) }));
    const leadingIndustry = row.read('leadingIndustry', (raw) => readText(raw, 100));
    const codes = row.read('leadingIndustryCodes', (raw) => readIndustryCodeList(raw, MAX_LEADING_INDUSTRY_CODES));
    const landArea = row.read('landArea', (raw) => readDecimal(raw, { min: 0, max: 10_000_000, decimals: 2 }));
    const employees = row.read('employees', (raw) => readInteger(raw, { min: 0, max: 10_000_000 }));
    const hasIncubator = row.read('hasIncubator', readYesNo);
    const hasTechPlatform = row.read('hasTechPlatform', readYesNo);
    const hasIndustryFund = row.read('hasIndustryFund', readYesNo);
    return row.finish(() => ({
      year: year!,
      leadingIndustry: leadingIndustry!,
      leadingIndustryCodes: codes!,
      landArea: landArea!,
      employees: employees!,
      hasIncubator: hasIncubator!,
      hasTechPlatform: hasTechPlatform!,
      hasIndustryFund: hasIndustryFund!,
    }));
  },
};
