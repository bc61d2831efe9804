// The inner loop of an import: each source row is put into the schema's column order, checked, and either added to
// the batch for the writer or reported. Kept free of awaits per row (only per batch), since it runs a million times.
import type { ImportProblem } from '../../contracts/data-imports';
import type { DatasetRowSchema, RowContext } from '../../domain/creation-data/row-schema';
import { exampleOf, isBlankRow, isExampleRow, type ImportTally } from './import-tally';
import type { RowSource, SourceRow } from './ingest';

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
  onProblem(problem: ImportProblem): void;
}

export async function pipeRows(rows: RowSource['rows'], pipeline: RowPipeline): Promise<void> {
  const { schema, context, indexes, tally, isExampleSkipped } = pipeline;
  const columnCount = indexes.length;
  const examples = schema.columns.map((column) => exampleOf(column, context));
  // A file made from the template has its columns in the schema's order: its rows are taken as they are.
  const isInOrder = indexes.every((index, i) => index === i);
  let batch: unknown[] = [];
  /** True when the batch is full. */
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
      batch.push(outcome.row);
      return batch.length >= WRITE_BATCH;
    }
    for (const problem of outcome.problems) pipeline.onProblem({ row: source.rowNumber, ...problem });
    tally.reject(source.rowNumber, outcome.problems);
    return false;
  };
  for await (const item of rows) {
    const list: readonly SourceRow[] = Array.isArray(item) ? item : [item as SourceRow];
    for (const source of list) {
      if (take(source)) {
        await pipeline.write(batch);
        batch = [];
      }
    }
  }
  if (batch.length > 0) await pipeline.write(batch);
}
