// The inner loop of an import: each source row is put into the schema's column order, checked, and either handed to
// the writer or reported. Kept free of awaits per row (only per batch), since it runs a million times. A UTF-8 CSV
// file arrives as runs of records in bytes: a writer that can (service records) takes the usual rows straight from
// the bytes, and only the rest — blank, example, rejected or unusual rows — are made into strings and read as text.
import type { ImportProblem } from '../../contracts/data-imports';
import { isByteRecords, type ByteRecords } from '../../domain/creation-data/byte-records';
import type { DatasetRowSchema, RowContext } from '../../domain/creation-data/row-schema';
import type { ByteRowWriter } from './dataset-writer';
import { exampleOf, isBlankRow, isExampleRow, type ImportTally } from './import-tally';
import type { RowSource, SourceRow } from './ingest';
import { cellsOfByteRecord } from './readers/csv-byte-records';

/** Rows handed to the writer at a time: large enough for COPY chunks, small enough to keep memory flat. */
export const WRITE_BATCH = 2000;

export interface RowPipeline {
  schema: DatasetRowSchema<unknown>;
  context: RowContext;
  /** `indexes[i]`: where the schema's column i is in the source row (-1 when absent). */
  indexes: readonly number[];
  /** Files only: the template's example row left in is skipped, never stored. */
  isExampleSkipped: boolean;
  tally: ImportTally;
  write(rows: unknown[]): Promise<void>;
  /** The writer's fast path, when it has one: then every valid row goes through it, in file order. */
  bytes?: ByteRowWriter<unknown> | undefined;
  onProblem(problem: ImportProblem): void;
}

const encoder = new TextEncoder();

/** True when record r's cells are, byte for byte, the template's example row (compared before the fast path). */
function isExampleRecord(records: ByteRecords, r: number, indexes: readonly number[], examples: readonly Uint8Array[]): boolean {
  const { bytes, bounds, spans } = records;
  const first = bounds[r]!;
  const fieldCount = bounds[r + 1]! - first;
  for (let i = 0; i < examples.length; i += 1) {
    const example = examples[i]!;
    const index = indexes[i]!;
    if (index < 0 || index >= fieldCount) {
      if (example.length > 0) return false;
      continue;
    }
    const start = spans[2 * (first + index)]!;
    if (spans[2 * (first + index) + 1]! - start !== example.length) return false;
    for (let j = 0; j < example.length; j += 1) if (bytes[start + j] !== example[j]) return false;
  }
  return true;
}

export async function pipeRows(rows: RowSource['rows'], pipeline: RowPipeline): Promise<void> {
  const { schema, context, indexes, tally, isExampleSkipped, bytes } = pipeline;
  const columnCount = indexes.length;
  const examples = schema.columns.map((column) => exampleOf(column, context));
  const exampleBytes = examples.map((example) => encoder.encode(example));
  // A file made from the template has its columns in the schema's order: its rows are taken as they are.
  const isInOrder = indexes.every((index, i) => index === i);
  let batch: unknown[] = [];
  /** Reads one row as text; true when the batch is full. */
  const take = (source: SourceRow): boolean => {
    let cells: readonly string[];
    if (isInOrder && source.cells.length === columnCount) cells = source.cells;
    else {
      const picked = new Array<string>(columnCount);
      for (let i = 0; i < columnCount; i += 1) {
        const index = indexes[i]!;
        picked[i] = index < 0 ? '' : (source.cells[index] ?? '');
      }
      cells = picked;
    }
    if (isBlankRow(cells) || (isExampleSkipped && isExampleRow(cells, examples))) return false;
    const outcome = schema.parseRow(cells, context);
    if (outcome.ok) {
      tally.accept();
      if (bytes) {
        bytes.add(outcome.row);
        return false;
      }
      batch.push(outcome.row);
      return batch.length >= WRITE_BATCH;
    }
    for (const problem of outcome.problems) pipeline.onProblem({ row: source.rowNumber, ...problem });
    tally.reject(source.rowNumber, outcome.problems);
    return false;
  };
  const flush = async (): Promise<void> => {
    if (bytes) await bytes.drain();
    else if (batch.length > 0) {
      await pipeline.write(batch);
      batch = [];
    }
  };
  for await (const item of rows) {
    if (isByteRecords(item)) {
      for (let r = 0; r < item.count; r += 1) {
        const isExample = isExampleSkipped && isExampleRecord(item, r, indexes, exampleBytes);
        if (!isExample && bytes?.take(item, r, indexes)) {
          tally.accept();
          continue;
        }
        if (take({ rowNumber: item.firstRowNumber + r, cells: cellsOfByteRecord(item, r) })) await flush();
      }
      if (bytes) await flush();
      continue;
    }
    const list: readonly SourceRow[] = Array.isArray(item) ? item : [item as SourceRow];
    for (const source of list) if (take(source)) await flush();
    if (bytes) await flush();
  }
  await flush();
}
