import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ByteRecords, isByteRecords } from '../../../domain/creation-data/byte-records';
import { AppError } from '../../../domain/shared/app-error';
import { CsvParser } from './csv-parser';
import { cellsOfByteRecord, type CsvByteItem, MAX_RECORD_BYTES, readCsvByteRecords } from './csv-byte-records';
import { openCsvRows } from './csv-rows';

interface Row {
  rowNumber: number;
  cells: readonly string[];
}

const CHUNK_SIZES = [1, 7, 64, 4096];
const BOM = [0xef, 0xbb, 0xbf];
let directory = '';
let fileCount = 0;

beforeAll(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'shifan-csv-bytes-'));
});
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

function fileOf(content: string | Uint8Array): string {
  fileCount += 1;
  const file = path.join(directory, `${fileCount}.csv`);
  writeFileSync(file, content);
  return file;
}

/** The reference: CsvParser over the whole text (a leading BOM dropped, as the UTF-8 decoder drops it). */
function parsedWhole(text: string): Row[] {
  const rows: Row[] = [];
  const parser = new CsvParser();
  const collect = (cells: string[]): void => {
    rows.push({ rowNumber: rows.length + 1, cells });
  };
  parser.feed(text.startsWith('\uFEFF') ? text.slice(1) : text, collect);
  parser.end(collect);
  return rows;
}

function rowsOf(item: CsvByteItem): Row[] {
  if (!isByteRecords(item)) return item;
  return Array.from({ length: item.count }, (_, r) => ({ rowNumber: item.firstRowNumber + r, cells: cellsOfByteRecord(item, r) }));
}

async function itemsOf(file: string, chunkBytes?: number): Promise<CsvByteItem[]> {
  const items: CsvByteItem[] = [];
  for await (const item of readCsvByteRecords(file, chunkBytes === undefined ? {} : { chunkBytes })) items.push(item);
  return items;
}

async function readRows(file: string, chunkBytes?: number): Promise<Row[]> {
  return (await itemsOf(file, chunkBytes)).flatMap(rowsOf);
}

async function expectSameAsParser(text: string): Promise<void> {
  const file = fileOf(text);
  const expected = parsedWhole(text);
  for (const chunkBytes of CHUNK_SIZES) expect(await readRows(file, chunkBytes), `chunk ${chunkBytes}: ${JSON.stringify(text)}`).toEqual(expected);
}

async function refusal(file: string, chunkBytes?: number): Promise<string> {
  try {
    await itemsOf(file, chunkBytes);
  } catch (error) {
    if (error instanceof AppError && error.code === 'IMPORT_UNREADABLE') return error.message;
    throw error;
  }
  return 'read without error';
}

/** Seeded, so a failure repeats (mulberry32). */
function randomSource(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * below;
  };
}

const FIELDS = ['', 'a', 'abc', '中文', '广州市天河区', '𠀀', ' 空 格 ', 'x"y', 'a""b', '"a,b"', '"行1\n行2"', '"q""q"', '"𠀀,\r\n"', '""', '"a"b', '\uFEFFz'];
const LINE_BREAKS = ['\n', '\n', '\n', '\r\n', '\r\n', '\r'];

function randomCsv(seed: number): string {
  const random = randomSource(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random(list.length))] as T;
  let text = random(4) < 1 ? '\uFEFF' : '';
  const records = Math.floor(random(12));
  for (let r = 0; r < records; r += 1) {
    const fields = Math.floor(random(5));
    text += Array.from({ length: fields }, () => pick(FIELDS)).join(',');
    if (r < records - 1 || random(2) < 1) text += pick(LINE_BREAKS);
  }
  if (random(10) < 1) text += '"never closed,\nx';
  return text;
}

describe('readCsvByteRecords reads what CsvParser reads from the whole text', () => {
  it.each([
    ['a,b\n1,2\n'],
    ['a,b\r\n1,2\r\n'],
    ['a,b\n1,2'],
    ['a,b\r1,2'],
    ['a,b\r'],
    ['a,,c\n'],
    ['a,b,\n'],
    ['a,b,'],
    [','],
    ['\n'],
    ['\r\n'],
    ['\r'],
    ['\n\n'],
    ['a\n\nb\n'],
    ['a,b\r\n\r\nc,"d\ne"\r\nf\n'],
    ['"a,1","b""q"""\n'],
    ['"line1\nline2",x\n'],
    ['"line1\r\nline2",x\r\n'],
    ['"",x\n'],
    ['"a"b,c\n'],
    ['a"b,c"d\n"e\n'],
    ['"a"""'],
    ['"a""'],
    ['"open,never closed\nx'],
    ['x\n"open,never closed\nx\n'],
    ['中文,统一社会信用代码\n广州,914403001922038216\n'],
    ['\uFEFF记录编号,企业名称\nFW1,"海纳,湾区"\r\nFW2,𠀀\n'],
    ['\uFEFF'],
    ['\uFEFF\uFEFFa\n\uFEFFb\n"\uFEFF"\n'],
    ['a\rb\nc\n'],
    ['a\r\rb\r\n'],
    ['a,b\n"c,d",e\nf,g\n'],
    [',,\n,\n'],
    ['𠀀\n𠀀𠀀,𠀀'],
  ])('%j at every chunk size', async (text) => {
    await expectSameAsParser(text);
  });

  it('reads 300 generated files the same at every chunk size', async () => {
    for (let seed = 1; seed <= 300; seed += 1) await expectSameAsParser(randomCsv(seed));
  });

  it('gives consecutive simple records as one run and other records between runs, numbered in file order', async () => {
    const items = await itemsOf(fileOf('a,b\nc,d\n"e",f\n"g"\nh,中\n'));
    expect(items.map((item) => (isByteRecords(item) ? { run: item.count, from: item.firstRowNumber } : item))).toEqual([
      { run: 2, from: 1 },
      [
        { rowNumber: 3, cells: ['e', 'f'] },
        { rowNumber: 4, cells: ['g'] },
      ],
      { run: 1, from: 5 },
    ]);
  });

  it('reads an empty file, and one holding only a BOM, as no records', async () => {
    expect(await readRows(fileOf(''))).toEqual([]);
    expect(await readRows(fileOf(new Uint8Array(BOM)), 1)).toEqual([]);
  });

  it('reads a character split across a chunk boundary', async () => {
    // 中 is E4 B8 AD at bytes 6–8: chunks of 7 cut it after its first byte.
    expect(await readRows(fileOf('abcde,中\nx\n'), 7)).toEqual([
      { rowNumber: 1, cells: ['abcde', '中'] },
      { rowNumber: 2, cells: ['x'] },
    ]);
  });
});

describe('readCsvByteRecords refuses', () => {
  const undecodable = '文件中有无法识别的字符：请在Excel中“另存为”CSV UTF-8（逗号分隔）后重新导入';
  const bytes = (...parts: (string | number[])[]): Uint8Array => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));

  it.each([
    ['a byte that is never UTF-8 in a simple record', bytes('a,b\nc', [0xff], ',d\ne\n')],
    ['a broken sequence across a chunk boundary', bytes('abcdef', [0xe4, 0xb8], 'x\n')],
    ['a broken sequence in a quoted record', bytes('a\n"b', [0xe4, 0x41], '"\n')],
    ['a cut character in the last record, which has no line break', bytes('a,b\nc,', [0xe4, 0xb8])],
    ['a cut character in the last record of a quote never closed', bytes('a\n"b', [0xe4])],
    ['GB18030 text after a BOM (广州)', bytes(BOM, 'a\n', [0xb9, 0xe3, 0xd6, 0xdd], '\n')],
  ])('%s', async (_, content) => {
    const file = fileOf(content);
    for (const chunkBytes of CHUNK_SIZES) expect(await refusal(file, chunkBytes), `chunk ${chunkBytes}`).toBe(undecodable);
  });

  // The limit is on the unfinished record held between chunks, so the line is longer than it by more than a chunk.
  const chunkBytes = 256 * 1024;
  it.each([
    ['a quote never closed', `a\n"${'x'.repeat(MAX_RECORD_BYTES + 1)}`],
    ['a line of no quotes', `a\n${'x'.repeat(MAX_RECORD_BYTES + chunkBytes)}\nb\n`],
  ])('a record longer than the limit: %s', async (_, text) => {
    expect(await refusal(fileOf(text), chunkBytes)).toMatch(/^文件中有一行超过1048576个字符/);
  });
});

describe('cellsOfByteRecord', () => {
  // "a,中\n\n" as hand-made spans over a plain Uint8Array (not a Buffer), the bounds a window starting at record 1.
  const records: ByteRecords = {
    bytes: new TextEncoder().encode('xa,中\n\n'),
    count: 2,
    firstRowNumber: 2,
    bounds: new Int32Array([0, 1, 3, 4]).subarray(1),
    spans: new Int32Array([0, 1, 1, 2, 3, 6, 7, 7]),
  };

  it.each([
    [0, ['a', '中']],
    [1, ['']],
  ])('record %i → %j', (r, cells) => {
    expect(cellsOfByteRecord(records, r)).toEqual(cells);
  });
});

describe('openCsvRows on UTF-8', () => {
  async function openAll(text: string): Promise<{ header: readonly string[]; rows: Row[] }> {
    const source = await openCsvRows(fileOf(text));
    const rows: Row[] = [];
    for await (const item of source.rows as AsyncIterable<CsvByteItem>) rows.push(...rowsOf(item));
    return { header: source.header, rows };
  }

  it.each([
    ['\uFEFF名称,代码\n甲,1\n乙,2\n', ['名称', '代码'], [['甲', '1'], ['乙', '2']]],
    ['名称,代码\n', ['名称', '代码'], []],
    ['"名称",代码\n"甲,乙",1\n丙,2', ['名称', '代码'], [['甲,乙', '1'], ['丙', '2']]],
    ['"名称",代码\n丙,2\n', ['名称', '代码'], [['丙', '2']]],
  ])('%j: header %j, rows numbered from 2', async (text, header, cells) => {
    expect(await openAll(text)).toEqual({ header, rows: cells.map((row, i) => ({ rowNumber: i + 2, cells: row })) });
  });

  it.each([
    ['\uFEFF', '文件第一行没有列名'],
    [' , \n甲,1\n', '文件第一行没有列名'],
    ['', '文件是空的'],
  ])('%j is refused: %s', async (text, message) => {
    await expect(openCsvRows(fileOf(text))).rejects.toThrow(message);
  });
});
