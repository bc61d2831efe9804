// A CSV upload as import rows, streamed from disk. Encoding: UTF-8 (with or without BOM), or GB18030/GBK — what
// Excel on Chinese Windows writes for "CSV (逗号分隔)" — recognised by its bytes not being valid UTF-8. UTF-8 rows
// come as byte spans (csv-byte-records.ts), GB18030 rows as strings.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { type ByteRecords, isByteRecords } from '../../../domain/creation-data/byte-records';
import { AppError } from '../../../domain/shared/app-error';
import type { RowSource, SourceRow } from '../ingest';
import { CsvParser, CsvRecordTooLong } from './csv-parser';
import { cellsOfByteRecord, csvRecordTooLong, readCsvByteRecords, undecodableCsv, type CsvByteItem } from './csv-byte-records';

export type TextEncoding = 'utf-8' | 'gb18030';

const HEAD_BYTES = 64 * 1024;
const READ_CHUNK = 256 * 1024;

/**
 * UTF-8 when the first 64 KB are valid UTF-8 (a character cut at the end is fine) and read as Chinese where they are
 * not ASCII; else GB18030. The second condition matters: some GBK pairs are also valid two-byte UTF-8 (统一 reads as
 * "Ͳһ"), but Chinese text in UTF-8 is three-byte characters, so UTF-8 giving only Latin, Greek or Cyrillic letters
 * (U+0080–U+07FF) and no character from U+0800 up is GBK.
 */
export function detectEncoding(head: Uint8Array): TextEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
  } catch {
    return 'gb18030';
  }
  const hasTwoByteOnly = /[\u0080-\u07ff]/.test(text) && !/[\u0800-\uffff]/.test(text);
  return hasTwoByteOnly ? 'gb18030' : 'utf-8';
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function unreadable(message: string): AppError {
  return new AppError('IMPORT_UNREADABLE', message);
}

/** A GB18030 file's records, a chunk's worth at a time (one await per chunk, not per row). */
async function* gb18030Records(path: string): AsyncGenerator<string[][]> {
  // fatal: a byte sequence that is not text in the detected encoding refuses the file rather than importing garbage.
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const parser = new CsvParser();
  let ready: string[][] = [];
  const collect = (fields: string[]): void => {
    ready.push(fields);
  };
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: READ_CHUNK })) {
      parser.feed(decoder.decode(chunk as Buffer, { stream: true }), collect);
      if (ready.length > 0) yield ready;
      ready = [];
    }
    parser.feed(decoder.decode(), collect);
    parser.end(collect);
    if (ready.length > 0) yield ready;
  } catch (error) {
    if (error instanceof CsvRecordTooLong) throw csvRecordTooLong();
    if (error instanceof TypeError) throw undecodableCsv();
    throw error;
  }
}

function hasColumnNames(header: readonly string[] | undefined): header is readonly string[] {
  return header !== undefined && header.some((cell) => cell.trim() !== '');
}

function noColumnNames(): AppError {
  return unreadable('文件第一行没有列名：请使用模板，第一行为列名，从第二行起每行一条记录');
}

/** Reads the header row at once (refusing an empty file); the data rows follow as the engine asks for them. */
export async function openCsvRows(path: string): Promise<RowSource> {
  const head = await readHead(path);
  if (head.length === 0) throw unreadable('文件是空的：请在模板中填写数据后重新导入');
  return detectEncoding(head) === 'utf-8' ? openUtf8Rows(readCsvByteRecords(path)) : openGb18030Rows(path);
}

/** UTF-8: records as byte spans (see csv-byte-records.ts); the header record is made strings, the rest stay spans. */
async function openUtf8Rows(iterator: AsyncGenerator<CsvByteItem>): Promise<RowSource> {
  const first = await iterator.next();
  const item = first.done ? undefined : first.value;
  let header: readonly string[] | undefined;
  let rest: ByteRecords | SourceRow[] | undefined;
  if (item === undefined) {
    header = undefined;
  } else if (isByteRecords(item)) {
    header = cellsOfByteRecord(item, 0);
    // The rest of the header's run: the same bytes and spans, its bounds a window one record on.
    if (item.count > 1) rest = { ...item, count: item.count - 1, firstRowNumber: item.firstRowNumber + 1, bounds: item.bounds.subarray(1) };
  } else {
    header = item[0]?.cells;
    if (item.length > 1) rest = item.slice(1);
  }
  if (!hasColumnNames(header)) {
    await iterator.return(undefined);
    throw noColumnNames();
  }
  async function* rows(): AsyncGenerator<ByteRecords | SourceRow[]> {
    // Let go of the first run once it is handed over: it holds the file's first chunk.
    if (rest) {
      const first = rest;
      rest = undefined;
      yield first;
    }
    yield* iterator;
  }
  return { header, rows: rows() };
}

async function openGb18030Rows(path: string): Promise<RowSource> {
  const iterator = gb18030Records(path);
  const first = await iterator.next();
  const header = first.done ? undefined : first.value[0];
  if (!hasColumnNames(header)) {
    await iterator.return(undefined);
    throw noColumnNames();
  }
  const firstRecords = first.done ? [] : first.value.slice(1);
  async function* rows(): AsyncGenerator<SourceRow[]> {
    let rowNumber = 1;
    const number = (fields: string[][]): SourceRow[] => fields.map((cells) => ({ rowNumber: (rowNumber += 1), cells }));
    if (firstRecords.length > 0) yield number(firstRecords);
    for await (const batch of { [Symbol.asyncIterator]: () => iterator }) yield number(batch);
  }
  return { header, rows: rows() };
}
