// 入驻企业 of a base, per year (Attachment 2): the enterprise count, the leading industry's revenue share (by GB/T 4754
// industry class), the quality-enterprise share (each enterprise at its highest category) and the R&D intensity
// (R&D spending / revenue). One enterprise per year; a later row for the same year and credit code supersedes, so an
// enterprise listed by mistake, or that moved out, is a new row with 是否在园 = 否 and no longer counts for that year.
import { optional, readCreditCode, readDecimal, readInteger, readText, readYesNo, MISSING, type CellResult } from '../cells';
import type { DatasetColumn, DatasetRowSchema } from '../row-schema';
import type { QualityCategory } from '../../standards/types';
import { readIndustryClass } from './industry-code';
import { readRow, YES_NO_CHOICES } from './row-reader';

export interface BaseEnterpriseRow {
  year: number;
  creditCode: string;
  name: string;
  /** GB/T 4754-2017 小类 with its 门类 letter, e.g. C3981. */
  industryCode: string;
  /** 万元 */
  revenue: number;
  /** 万元 */
  rdSpending: number;
  inventionPatents: number;
  qualityCategory: QualityCategory | null;
  /** False: not (or no longer) resident in the base that year — the enterprise is left out of the base's figures. */
  isResident: boolean;
}

/** The short names the template asks for (Attachment 2, 指标解释说明 2). */
export const QUALITY_CATEGORY_LABELS: Record<QualityCategory, string> = {
  champion: '单项冠军',
  littleGiant: '专精特新“小巨人”',
  specialised: '专精特新',
  highTech: '高新技术企业',
  techSme: '科技型中小企业',
  innovativeSme: '创新型中小企业',
};

/** Other ways the categories are commonly written (full titles, other quotation marks, without 企业). */
const QUALITY_CATEGORY_ALIASES: Record<string, QualityCategory> = {
  单项冠军企业: 'champion',
  制造业单项冠军: 'champion',
  制造业单项冠军企业: 'champion',
  专精特新小巨人: 'littleGiant',
  专精特新小巨人企业: 'littleGiant',
  小巨人: 'littleGiant',
  小巨人企业: 'littleGiant',
  专精特新企业: 'specialised',
  专精特新中小企业: 'specialised',
  高新技术: 'highTech',
  科技型: 'techSme',
  创新型: 'innovativeSme',
};

const QUOTES_AND_SPACES = /[“”"'‘’「」『』\s]/g;

export function readQualityCategory(raw: string): CellResult<QualityCategory> {
  const value = raw.trim();
  if (value === '') return { ok: false, reason: MISSING };
  const bare = value.replace(QUOTES_AND_SPACES, '');
  for (const [key, label] of Object.entries(QUALITY_CATEGORY_LABELS) as [QualityCategory, string][]) {
    if (bare === label.replace(QUOTES_AND_SPACES, '') || value === key) return { ok: true, value: key };
  }
  const alias = QUALITY_CATEGORY_ALIASES[bare];
  if (alias) return { ok: true, value: alias };
  const choices = Object.values(QUALITY_CATEGORY_LABELS).join('、');
  return { ok: false, reason: `应为${choices}之一，或不填，而不是“${value}”` };
}

/** The first year a report may be for; reporting starts with the programme, long after it. */
export const FIRST_REPORT_YEAR = 2000;
/** 万元: a trillion yuan is beyond any resident SME and catches a value typed in 元. */
export const MAX_AMOUNT_WAN = 100_000_000;

export const BASE_ENTERPRISE_COLUMNS = [
  { key: 'year', header: '年度', isRequired: true, example: '2026', hint: '数据所属年度，例如2026' },
  { key: 'creditCode', header: '统一社会信用代码', isRequired: true, example: '914403001922038216', hint: '18位' },
  { key: 'name', header: '企业名称', isRequired: true, example: '广州示范精密制造有限公司', hint: '营业执照上的名称' },
  { key: 'industryCode', header: '行业代码', isRequired: true, example: 'C3981', hint: '国民经济行业分类（GB/T 4754-2017）小类代码，例如C3981或3981' },
  { key: 'revenue', header: '营业收入（万元）', isRequired: true, example: '3200.5', hint: '该年度营业收入，单位万元' },
  { key: 'rdSpending', header: '研发经费（万元）', isRequired: true, example: '96', hint: '该年度研发经费支出，单位万元' },
  { key: 'inventionPatents', header: '发明专利数', isRequired: true, example: '3', hint: '有效发明专利数，0或正整数' },
  {
    key: 'qualityCategory',
    header: '优质企业类别',
    isRequired: false,
    example: '专精特新',
    hint: '最高一级：单项冠军、专精特新“小巨人”、专精特新、高新技术企业、科技型中小企业或创新型中小企业；都不是则不填',
    choices: () => Object.values(QUALITY_CATEGORY_LABELS),
  },
  {
    key: 'isResident',
    header: '是否在园',
    isRequired: false,
    example: '是',
    hint: '是或否；填“否”表示该企业该年度不在基地内（录错或已迁出），不计入基地指标；不填视为“是”',
    choices: () => YES_NO_CHOICES,
  },
] as const satisfies readonly DatasetColumn[];

type BaseEnterpriseKey = (typeof BASE_ENTERPRISE_COLUMNS)[number]['key'];

/** A stored row written back as the cells of the template (what a form shows and corrects). */
export function baseEnterpriseCells(row: BaseEnterpriseRow): Record<BaseEnterpriseKey, string> {
  return {
    year: String(row.year),
    creditCode: row.creditCode,
    name: row.name,
    industryCode: row.industryCode,
    revenue: String(row.revenue),
    rdSpending: String(row.rdSpending),
    inventionPatents: String(row.inventionPatents),
    qualityCategory: row.qualityCategory ? QUALITY_CATEGORY_LABELS[row.qualityCategory] : '',
    isResident: row.isResident ? '是' : '否',
  };
}

const AMOUNT = { min: 0, max: MAX_AMOUNT_WAN, decimals: 4 };

export const BASE_ENTERPRISES_SCHEMA: DatasetRowSchema<BaseEnterpriseRow> = {
  dataset: 'baseEnterprises',
  columns: BASE_ENTERPRISE_COLUMNS,
  parseRow(cells, context) {
    const row = readRow<BaseEnterpriseKey>(BASE_ENTERPRISE_COLUMNS, cells);
    const year = row.read('year', (raw) => readInteger(raw, { min: FIRST_REPORT_YEAR, max: Number(context.today.slice(0, 4)) }));
    const creditCode = row.read('creditCode', readCreditCode);
    const name = row.read('name', (raw) => readText(raw, 100));
    const industryCode = row.read('industryCode', readIndustryClass);
    const revenue = row.read('revenue', (raw) => readDecimal(raw, AMOUNT));
    const rdSpending = row.read('rdSpending', (raw) => readDecimal(raw, AMOUNT));
    const inventionPatents = row.read('inventionPatents', (raw) => readInteger(raw, { min: 0, max: 100_000 }));
    const qualityCategory = row.read('qualityCategory', (raw) => optional(raw, readQualityCategory));
    const isResident = row.read('isResident', (raw) => optional(raw, readYesNo));
    return row.finish(() => ({
      year: year!,
      creditCode: creditCode!,
      name: name!,
      industryCode: industryCode!,
      revenue: revenue!,
      rdSpending: rdSpending!,
      inventionPatents: inventionPatents!,
      qualityCategory: qualityCategory ?? null,
      isResident: isResident ?? true,
    }));
  },
};
