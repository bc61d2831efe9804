// 信息数据库 as CSV (F6 item 3, open data; Art. 8): UTF-8 with a BOM so spreadsheet programs read the Chinese, CRLF
// line ends and quoting per RFC 4180, and no cell a spreadsheet would run as a formula (OWASP "CSV injection").
import type { RegistryEntry } from '../../contracts/registry';
import { REGISTRY_LEVEL_LABELS } from '../../domain/registry/filters';
import type { PlainDate } from '../../domain/shared/plain-date';

const BOM = '\uFEFF';
const CRLF = '\r\n';

interface Column {
  header: string;
  value: (entry: RegistryEntry) => string | number | null;
}

// Public fields only, the same as the JSON list: never a score, never a contact person (Art. 8).
const COLUMNS: readonly Column[] = [
  { header: '条目编号', value: (e) => e.id },
  { header: '名称', value: (e) => e.name },
  { header: '运营主体', value: (e) => e.operatorName },
  { header: '载体类型', value: (e) => e.carrierLabel },
  { header: '平台类别', value: (e) => e.platformKindLabel },
  { header: '地市代码', value: (e) => e.cityCode },
  { header: '地市', value: (e) => e.cityName },
  { header: '区县（镇街）代码', value: (e) => e.countyCode },
  { header: '区县（镇街）', value: (e) => e.countyName },
  { header: '级别', value: (e) => e.levels.map((l) => REGISTRY_LEVEL_LABELS[l]).join('、') },
  { header: '批次年份', value: (e) => e.batchYear },
  { header: '状态', value: (e) => e.statusLabel },
  { header: '状态说明', value: (e) => e.statusDetail },
  { header: '认定证书编号', value: (e) => e.certificateNumber },
  { header: '认定日期', value: (e) => e.certifiedOn },
  { header: '服务内容', value: (e) => e.serviceItems.join('、') },
  { header: '对外服务电话', value: (e) => e.publicPhone },
  { header: '网址', value: (e) => e.website },
];

export const REGISTRY_CSV_HEADERS: readonly string[] = COLUMNS.map((c) => c.header);

// A cell a spreadsheet would read as a formula (=, +, -, @, and tab/CR which some strip first) gets a leading '.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: formula characters neutralised, then quoted per RFC 4180 when it holds a comma, quote or line break. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toRegistryCsv(entries: readonly RegistryEntry[]): Buffer {
  const lines = [COLUMNS.map((c) => csvCell(c.header)).join(',')];
  for (const entry of entries) lines.push(COLUMNS.map((c) => csvCell(c.value(entry))).join(','));
  return Buffer.from(BOM + lines.join(CRLF) + CRLF, 'utf8');
}

/** 广东省中小企业公共服务示范平台（基地）信息数据库-YYYYMMDD.csv, dated the day it is downloaded (Asia/Shanghai). */
export function registryCsvFileName(today: PlainDate): string {
  return `广东省中小企业公共服务示范平台（基地）信息数据库-${today.replace(/-/g, '')}.csv`;
}
