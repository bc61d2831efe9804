import { describe, expect, it } from 'vitest';
import { CREDIT_CODE_ALPHABET, creditCodeCheckCharacter } from '../../credit-code/credit-code';
import { CITIES } from '../../divisions/divisions';
import type { ByteRecords } from '../byte-records';
import { recordKeyOf } from '../record-key';
import type { RowContext } from '../row-schema';
import { parseRowChecked, serviceRecordIdentity } from './service-records';
import { createServiceRecordSpans, serviceRecordByteReader, serviceRecordOfSpans } from './service-records-bytes';

const CONTEXT: RowContext = { today: '2026-06-30', serviceItems: ['管理咨询', '创业指导'], platformKindLabel: '综合服务平台' };
const IN_ORDER = [0, 1, 2, 3, 4, 5, 6, 7];
const BASE = ['FW001', '914403001922038216', '华为技术有限公司', '440106', '管理咨询', '2026-03-05', '线上', '满意'];

/** The records as the CSV reader hands them over: each line's fields as byte spans of one UTF-8 buffer. */
function recordsOf(lines: readonly (readonly string[])[]): ByteRecords {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const spans: number[] = [];
  const bounds = [0];
  let offset = 0;
  for (const fields of lines) {
    for (const field of fields) {
      const bytes = encoder.encode(`${field},`);
      spans.push(offset, offset + bytes.length - 1);
      chunks.push(bytes);
      offset += bytes.length;
    }
    bounds.push(spans.length / 2);
  }
  const bytes = new Uint8Array(offset);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { bytes, count: lines.length, firstRowNumber: 2, bounds: Int32Array.from(bounds), spans: Int32Array.from(spans) };
}

/** The cells the checked path gets: the schema's columns in order, '' for a column left out or past the last field. */
const cellsOf = (fields: readonly string[], indexes: readonly number[]): string[] =>
  indexes.map((index) => (index < 0 || index >= fields.length ? '' : fields[index]!));

/** Runs the byte reader on record r and asserts that what it accepts, the checked path reads the same, key included. */
function readAndCompare(read: ReturnType<typeof serviceRecordByteReader>, records: ByteRecords, r: number, cells: readonly string[], indexes: readonly number[], context: RowContext): boolean {
  const spans = createServiceRecordSpans();
  const accepted = read(records, r, indexes, spans);
  if (accepted) {
    const checked = parseRowChecked(cells, context);
    const row = serviceRecordOfSpans(records.bytes, spans);
    expect(checked).toEqual({ ok: true, row });
    expect({ hi: spans.keyHi, lo: spans.keyLo }).toEqual(recordKeyOf(serviceRecordIdentity(row)));
  }
  return accepted;
}

function accepts(fields: readonly string[], indexes: readonly number[] = IN_ORDER, context: RowContext = CONTEXT): boolean {
  return readAndCompare(serviceRecordByteReader(context), recordsOf([fields]), 0, cellsOf(fields, indexes), indexes, context);
}

/** A code with the right check character for its first 17 characters, so only what those break is tested. */
const withCheck = (first17: string): string => `${first17}${creditCodeCheckCharacter(first17)}`;

// [column, value, whether the byte reader takes it]. Declined rows may well be valid: they go to the checked path.
const CASES: [number, string, boolean][] = [
  [1, withCheck('9144030019220382A'), true], [1, withCheck('91A4030019220382A'), false], [1, withCheck('914403A019220382A'), false],
  [1, withCheck('9144030A19220382A'), false],
  [0, 'FW001', true], [0, '', true], [0, 'X'.repeat(64), true], [0, 'X'.repeat(65), false], [0, 'FW 001', true], [0, 'FW\t1', true],
  [0, ' FW001', false], [0, 'FW001 ', false], [0, 'FW\u0000001', false], [0, '编号1', false], [0, ' ', false],
  [1, '914403001922038216', true], [1, '9144030071526726XG', true], [1, '9144030071526726xg', false], [1, '914403001922038217', false],
  [1, ' 914403001922038216', false], [1, '914403001922038216 ', false], [1, '91AB030071526726XG', false], [1, '91440300192203821', false],
  [1, '9144030019220382160', false], [1, 'ＡＢ', false], [1, '91350100M000100Y43', true], [1, '91350100M000I00Y43', false], [1, '', false],
  [2, '', false], [2, ' 名称', false], [2, '名称 ', false], [2, '企'.repeat(100), true], [2, '企'.repeat(101), false], [2, 'a'.repeat(100), true],
  [2, '😀'.repeat(50), true], [2, `${'😀'.repeat(50)}a`, false], [2, `${'a'.repeat(99)}😀`, false], [2, '华为\u0000技术', false],
  [2, '华为技术\u3000', false], [2, '\uFEFF华为技术', false], [2, '华为技术\u00A0', false], [2, '\u2028华为', false], [2, '华为\u202F', false],
  [2, '华为\u205F', false], [2, '\u1680华为', false], [2, '华为\u2009', false], [2, '华为\u200B', true], [2, '华为\u180E', false],
  [2, 'A B', true], [2, '深圳市某某投资合伙企业（有限合伙）', true], [2, 'ＨＵＡＷＥＩ', true], [2, '华为\t技术', true],
  [3, '440106', true], [3, '441900003', true], [3, '442000001', true], [3, ' 440106', false], [3, '440106 ', false], [3, '440100', false],
  [3, '4401060', false], [3, '000440106', false], [3, '44010', false], [3, '110101', false], [3, '４４０１０６', false], [3, '', false],
  [4, '创业指导', true], [4, ' 创业指导', false], [4, '创业指导 ', false], [4, '数字化转型', false], [4, '', false], [4, '管理', false],
  [5, '2026-06-30', true], [5, '2026-07-01', false], [5, '2026-02-28', true], [5, '2026-02-29', false], [5, '2024-02-29', true],
  [5, '1900-01-01', true], [5, '1899-12-31', false], [5, '0026-03-05', false], [5, '2026-13-01', false], [5, '2026-00-10', false],
  [5, '2026-04-31', false], [5, '2026-03-00', false], [5, '2026/03/05', true], [5, '2026/3/5', true], [5, '2026.3.5', true],
  [5, '2026年3月5日', true], [5, '2026年03月05', true], [5, '2026-03-05日', true], [5, '2026-3月5', true], [5, '2026-003-05', false],
  [5, '2026-03-005', false], [5, '20260305', false], [5, '2026--03-05', false], [5, ' 2026-03-05', false], [5, '2026-03-05 ', false],
  [5, '2026-03-5x', false], [5, '202６-03-05', false], [5, '2026-03', false], [5, '2026年3月5日日', false], [5, '', false],
  [6, '线上', true], [6, '线下', true], [6, 'online', true], [6, 'offline', true], [6, 'Online', false], [6, ' 线上', false],
  [6, '线上 ', false], [6, '电话', false], [6, '', false],
  [7, '', true], [7, '0', false], [7, '1', true], [7, '5', true], [7, '6', false], [7, '05', true], [7, '00', false], [7, '10', false],
  [7, ' 5', false], [7, '5 ', false], [7, '５', false], [7, '非常满意', true], [7, '满意', true], [7, '一般', true], [7, '不满意', true],
  [7, '很不满意', true], [7, '非常不满意', true], [7, ' 满意', false], [7, '还行', false],
];

describe('service record byte reader', () => {
  it.each(CASES)('column %i = %j: taken %s, and then read as the checked path reads it', (column, value, taken) => {
    for (const id of ['FW001', '']) {
      const fields = [...BASE];
      fields[0] = id;
      fields[column] = value;
      expect(accepts(fields)).toBe(taken);
    }
  });

  it('reads the columns wherever the header put them', () => {
    const order = [7, 3, 0, 6, 1, 5, 2, 4];
    const fields = order.map((column) => BASE[column]!);
    const indexes = IN_ORDER.map((column) => order.indexOf(column));
    expect(accepts(fields, indexes)).toBe(true);
    expect(accepts(['', ...fields.slice(1)], indexes.map((index) => (index === 0 ? -1 : index)))).toBe(true);
  });

  it.each([
    ['no 记录编号 column', [-1, 1, 2, 3, 4, 5, 6, 7], true],
    ['no 满意度评价 column', [0, 1, 2, 3, 4, 5, 6, -1], true],
  ])('takes a row with %s', (_name, indexes, taken) => {
    expect(accepts(BASE, indexes)).toBe(taken);
  });

  it.each([
    ['the last optional field left off', BASE.slice(0, 7), true],
    ['a required field left off', BASE.slice(0, 6), false],
    ['a field more than the columns', [...BASE, 'extra'], true],
  ])('reads a record with %s as empty cells, not as the next record\'s', (_name, fields, taken) => {
    const records = recordsOf([fields, ['5', ...BASE]]);
    expect(readAndCompare(serviceRecordByteReader(CONTEXT), records, 0, cellsOf(fields, IN_ORDER), IN_ORDER, CONTEXT)).toBe(taken);
  });

  it.each([
    ['today not written YYYY-MM-DD', { ...CONTEXT, today: '2026-6-30' }],
    ['a service item with spaces around it, which no trimmed cell can equal', { ...CONTEXT, serviceItems: [' 管理咨询'] }],
    ['an empty service item', { ...CONTEXT, serviceItems: [''] }],
  ])('declines every row when the context has %s', (_name, context) => {
    const fields = [...BASE];
    if (context.serviceItems[0] === '') fields[4] = '';
    expect(accepts(fields, IN_ORDER, context)).toBe(false);
  });
});

/** A small deterministic generator, as the bench's. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state / 4294967296;
  };
}

const BENCH_ITEMS = ['法律法规政策查询辅导', '创业指导', '管理咨询', '人才培训', '人才招聘', '市场拓展', '投融资', '法律与合规', '诉求受理', '出海服务', '可持续发展'];
const BENCH_CONTEXT: RowContext = { today: '2026-11-29', serviceItems: BENCH_ITEMS };
const DIVISIONS = CITIES.flatMap((city) => city.children.map((child) => child.code));
const NAME_PARTS = ['华南', '粤海', '珠江', '岭南', '南粤', '鹏城', '羊城', '湾区', '新材', '智造', '云帆', '海纳', '😀'];
const SATISFACTION = ['', '', '5', '4', '3', '非常满意', '满意', '一般', '不满意', '很不满意'];
const ODD = [' ', '\u3000', '\u00A0', '\uFEFF', '\u0000', '\t', '０', 'Ｘ', '😀', 'x', '9', '0', '-', '/', '年', '月', '日', '满', ','];

/** A row as the bench writes it (bench/import-data.ts). */
function benchRow(next: () => number, i: number): string[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  let identifier = '';
  for (let j = 0; j < 9; j += 1) identifier += CREDIT_CODE_ALPHABET.charAt(Math.floor(next() * CREDIT_CODE_ALPHABET.length));
  const first17 = `91${pick(DIVISIONS).slice(0, 6)}${identifier}`;
  const date = new Date(Date.UTC(2026, 0, 1 + Math.floor(next() * 333))).toISOString().slice(0, 10);
  return [
    next() < 0.7 ? `FW${String(i).padStart(8, '0')}` : '',
    `${first17}${creditCodeCheckCharacter(first17)}`,
    `${pick(NAME_PARTS)}${pick(NAME_PARTS)}科技有限公司`,
    pick(DIVISIONS),
    pick(BENCH_ITEMS),
    date,
    next() < 0.6 ? '线上' : '线下',
    pick(SATISFACTION),
  ];
}

/** One cell changed the way people and exports get it wrong: a character put in, taken out or changed, or its case. */
function mutate(next: () => number, fields: readonly string[]): string[] {
  const out = [...fields];
  const column = Math.floor(next() * out.length);
  // By code point, so no surrogate pair is split: the CSV reader hands over valid UTF-8 only.
  const cell = Array.from(out[column]!);
  const at = Math.floor(next() * (cell.length + 1));
  const odd = ODD[Math.floor(next() * ODD.length)]!;
  const kind = Math.floor(next() * 4);
  if (kind === 0) cell.splice(at, 0, odd);
  else if (kind === 1) cell.splice(at, 1);
  else if (kind === 2) cell.splice(at, 1, odd);
  out[column] = kind < 3 ? cell.join('') : next() < 0.5 ? cell.join('').toLowerCase() : cell.join('').repeat(2);
  return out;
}

describe('service record byte reader on generated rows', () => {
  it('takes every bench-style row and reads it as the checked path does', () => {
    const next = random(20261129);
    const lines = Array.from({ length: 5_000 }, (_, i) => benchRow(next, i + 1));
    const records = recordsOf(lines);
    const read = serviceRecordByteReader(BENCH_CONTEXT);
    for (let r = 0; r < lines.length; r += 1) expect(readAndCompare(read, records, r, lines[r]!, IN_ORDER, BENCH_CONTEXT)).toBe(true);
  });

  it('never takes a mutated row the checked path would read otherwise', () => {
    const next = random(7);
    // Commas split cells: a mutation that adds one makes a record with a field more, as a CSV reader would.
    const lines = Array.from({ length: 5_000 }, (_, i) => mutate(next, benchRow(next, i + 1)).join(',').split(','));
    const records = recordsOf(lines);
    const read = serviceRecordByteReader(BENCH_CONTEXT);
    let taken = 0;
    for (let r = 0; r < lines.length; r += 1) if (readAndCompare(read, records, r, cellsOf(lines[r]!, IN_ORDER), IN_ORDER, BENCH_CONTEXT)) taken += 1;
    // Many mutations keep a row valid (a name one character longer, another satisfaction digit): those are still taken.
    expect(taken).toBeGreaterThan(1_000);
    expect(taken).toBeLessThan(lines.length);
  });
});
