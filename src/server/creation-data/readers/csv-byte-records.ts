// A UTF-8 CSV file read as runs of records given as byte spans (ByteRecords), not strings: a million-row service-record
// file would otherwise make eight million cell strings and spend about a second collecting them. Only the rare record
// with a quote or a stray carriage return is decoded and parsed by CsvParser, and it comes out in file order.
import { Buffer, isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import type { ByteRecords } from '../../../domain/creation-data/byte-records';
import { AppError } from '../../../domain/shared/app-error';
import type { SourceRow } from '../ingest';
import { CsvParser, CsvRecordTooLong, MAX_RECORD_CHARS } from './csv-parser';

const LF = 10;
const CR = 13;
const QUOTE = 34;
const COMMA = 44;

/** CsvParser's limit in bytes: a character is at most four bytes of UTF-8. */
export const MAX_RECORD_BYTES = 4 * MAX_RECORD_CHARS;
const DEFAULT_CHUNK_BYTES = 1024 * 1024;
/** findRecordEnd: the record runs past the bytes read so far. */
const NOT_YET = -1;

export type CsvByteItem = ByteRecords | SourceRow[];

export function undecodableCsv(): AppError {
  return new AppError('IMPORT_UNREADABLE', '文件中有无法识别的字符：请在Excel中“另存为”CSV UTF-8（逗号分隔）后重新导入');
}

export function csvRecordTooLong(): AppError {
  return new AppError('IMPORT_UNREADABLE', `文件中有一行超过${MAX_RECORD_CHARS}个字符，可能是引号不成对，请检查后重新导入`);
}

/**
 * Where the record starting at `start` ends (after its line break), by CsvParser's rules: a field starting with a
 * quote runs to its closing quote ("" is a quote inside it, line breaks inside belong to it, one never closed runs to
 * the end of the file); any other quote is literal; outside quotes LF, CR or CRLF end the record.
 */
function findRecordEnd(bytes: Uint8Array, start: number, isFinal: boolean): number {
  const length = bytes.length;
  const endOfBytes = isFinal ? length : NOT_YET;
  let at = start;
  for (;;) {
    if (at === length) return endOfBytes;
    if (bytes[at] === QUOTE) {
      let close = bytes.indexOf(QUOTE, at + 1);
      while (close >= 0 && bytes[close + 1] === QUOTE) close = bytes.indexOf(QUOTE, close + 2);
      if (close < 0) return endOfBytes;
      at = close + 1;
    }
    while (at < length) {
      const code = bytes[at];
      if (code === COMMA || code === LF || code === CR) break;
      at += 1;
    }
    if (at === length) return endOfBytes;
    if (bytes[at] === COMMA) {
      at += 1;
      continue;
    }
    if (bytes[at] === LF) return at + 1;
    // A CR as the last byte read may be the first half of a CRLF.
    if (at + 1 === length) return endOfBytes;
    return bytes[at + 1] === LF ? at + 2 : at + 1;
  }
}

function grown(array: Int32Array, needed: number): Int32Array {
  const bigger = new Int32Array(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** Why scanSimpleRecords stopped. */
const enum Stop {
  /** Every byte read. */
  End,
  /** The record at `position` runs past the bytes read so far. */
  Unfinished,
  /** The record at `position` has a quote or a stray CR. */
  Other,
}

/** The simple records of one buffer: record j's span pairs are bounds[j] … bounds[j + 1] − 1 (bounds[0] is 0). */
interface SpanTable {
  bounds: Int32Array;
  spans: Int32Array;
  records: number;
  pairs: number;
  position: number;
  stop: Stop;
}

/**
 * Adds the simple records (no quote, no CR but one just before the LF) from `table.position` on to the table, up to
 * the first record that is not one. One loop over the bytes with the table in locals: this is the hot path.
 */
function scanSimpleRecords(bytes: Uint8Array, isFinal: boolean, table: SpanTable): void {
  const length = bytes.length;
  let { bounds, spans, records, pairs, position } = table;
  let stop = Stop.End;
  while (position < length) {
    const recordPairs = pairs;
    let fieldStart = position;
    let at = position;
    let contentEnd = -1;
    let end = -1;
    for (;;) {
      if (at === length) {
        if (isFinal) contentEnd = end = length;
        break;
      }
      // Most bytes (letters, digits, every byte of a multi-byte character) are above the comma: skipped in a tight
      // loop, which V8 runs about three times faster than one branch per byte of the loop below.
      let code = bytes[at] as number;
      while (code > COMMA && ++at < length) code = bytes[at] as number;
      if (at === length) continue;
      if (code === COMMA) {
        if (2 * pairs + 2 > spans.length) spans = grown(spans, 2 * pairs + 2);
        spans[2 * pairs] = fieldStart;
        spans[2 * pairs + 1] = at;
        pairs += 1;
        at += 1;
        fieldStart = at;
        continue;
      }
      if (code === LF) {
        contentEnd = at;
        end = at + 1;
        break;
      }
      if (code === CR || code === QUOTE) {
        if (code === CR && bytes[at + 1] === LF) {
          contentEnd = at;
          end = at + 2;
        }
        break;
      }
      at += 1;
    }
    if (contentEnd < 0) {
      pairs = recordPairs;
      // A CR as the last byte read may be the first half of a CRLF.
      const unfinished = !isFinal && (at === length || (at + 1 === length && bytes[at] === CR));
      stop = unfinished ? Stop.Unfinished : Stop.Other;
      break;
    }
    if (2 * pairs + 2 > spans.length) spans = grown(spans, 2 * pairs + 2);
    spans[2 * pairs] = fieldStart;
    spans[2 * pairs + 1] = contentEnd;
    pairs += 1;
    records += 1;
    if (records + 1 > bounds.length) bounds = grown(bounds, records + 1);
    bounds[records] = pairs;
    position = end;
  }
  Object.assign(table, { bounds, spans, records, pairs, position, stop });
}

/** Splits buffers of whole records into items, numbering the records across buffers. */
class RecordSplitter {
  private nextRowNumber = 1;
  // Sizes of the previous buffer's span arrays, so a buffer usually allocates them once.
  private boundsHint = 256;
  private spansHint = 2048;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

  /**
   * Appends the complete records of `bytes` to `items`; returns where the unfinished last record starts. The simple
   * records of the buffer share one bounds and one spans array: a run between two other records is a window on them.
   */
  split(bytes: Buffer, isFinal: boolean, items: CsvByteItem[]): number {
    const table: SpanTable = { bounds: new Int32Array(this.boundsHint), spans: new Int32Array(this.spansHint), records: 0, pairs: 0, position: 0, stop: Stop.End };
    let othersStart = -1;
    let othersCount = 0;
    while (table.position < bytes.length) {
      const runStart = table.position;
      const runFirst = table.records;
      scanSimpleRecords(bytes, isFinal, table);
      if (table.records > runFirst) {
        if (othersStart >= 0) items.push(this.parsed(bytes.subarray(othersStart, runStart), othersCount));
        othersStart = -1;
        othersCount = 0;
        items.push(this.byteRun(bytes, runStart, table, runFirst));
      }
      if (table.stop !== Stop.Other) break;
      const recordEnd = findRecordEnd(bytes, table.position, isFinal);
      if (recordEnd === NOT_YET) break;
      if (othersStart < 0) othersStart = table.position;
      othersCount += 1;
      table.position = recordEnd;
    }
    if (othersStart >= 0) items.push(this.parsed(bytes.subarray(othersStart, table.position), othersCount));
    this.boundsHint = Math.max(this.boundsHint, table.records + 1);
    this.spansHint = Math.max(this.spansHint, 2 * table.pairs);
    return table.position;
  }

  /** The table's records from `first` on, which start at byte `start`. */
  private byteRun(bytes: Buffer, start: number, table: SpanTable, first: number): ByteRecords {
    const { bounds, spans, records, pairs, position } = table;
    if (!isUtf8(bytes.subarray(start, position))) throw undecodableCsv();
    const count = records - first;
    const run = { bytes, count, firstRowNumber: this.nextRowNumber, bounds: bounds.subarray(first, records + 1), spans: spans.subarray(0, 2 * pairs) };
    this.nextRowNumber += count;
    return run;
  }

  /** Records with quotes or stray CRs: decoded and parsed by CsvParser, so they read exactly as it reads them. */
  private parsed(range: Uint8Array, expected: number): SourceRow[] {
    if (!isUtf8(range)) throw undecodableCsv();
    const rows: SourceRow[] = [];
    const collect = (cells: string[]): void => {
      rows.push({ rowNumber: this.nextRowNumber + rows.length, cells });
    };
    const parser = new CsvParser();
    try {
      parser.feed(this.decoder.decode(range), collect);
      parser.end(collect);
    } catch (error) {
      if (error instanceof CsvRecordTooLong) throw csvRecordTooLong();
      throw error;
    }
    // Never expected (the tests compare both readers on generated files); if it happens, the file is refused in
    // words the user can act on rather than with a server error.
    if (rows.length !== expected) {
      throw new AppError('IMPORT_UNREADABLE', `文件第${this.nextRowNumber}行附近的引号或换行无法识别：请在Excel中“另存为”CSV UTF-8（逗号分隔）后重新导入`);
    }
    this.nextRowNumber += rows.length;
    return rows;
  }
}

function withoutBom(bytes: Buffer): Buffer {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/**
 * Every record of a UTF-8 CSV file, the header first (row 1), as CsvParser reads the whole text: runs of simple
 * records as ByteRecords, other records as SourceRow arrays between them, in file order.
 */
export async function* readCsvByteRecords(path: string, options: { chunkBytes?: number } = {}): AsyncGenerator<CsvByteItem> {
  const splitter = new RecordSplitter();
  let carry: Buffer = Buffer.alloc(0);
  let bomChecked = false;
  for await (const chunk of createReadStream(path, { highWaterMark: options.chunkBytes ?? DEFAULT_CHUNK_BYTES })) {
    let bytes = carry.length === 0 ? (chunk as Buffer) : Buffer.concat([carry, chunk as Buffer]);
    if (!bomChecked) {
      if (bytes.length < 3) {
        carry = bytes;
        continue;
      }
      bomChecked = true;
      bytes = withoutBom(bytes);
    }
    const items: CsvByteItem[] = [];
    carry = bytes.subarray(splitter.split(bytes, false, items));
    if (carry.length > MAX_RECORD_BYTES) throw csvRecordTooLong();
    yield* items;
  }
  const items: CsvByteItem[] = [];
  splitter.split(bomChecked ? carry : withoutBom(carry), true, items);
  yield* items;
}

/** A record's fields as strings (for the rows the engine's byte path does not take). */
export function cellsOfByteRecord(records: ByteRecords, r: number): string[] {
  const { bytes, bounds, spans } = records;
  const text = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const cells: string[] = [];
  const last = bounds[r + 1] as number;
  for (let k = bounds[r] as number; k < last; k += 1) cells.push(text.toString('utf8', spans[2 * k], spans[2 * k + 1]));
  return cells;
}
