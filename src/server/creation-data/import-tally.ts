// The counts of one import as rows go by: valid and rejected rows, rejected rows per column (a data-quality signal,
// Art. 12) and the first problems, shown on screen at once (the full list is in the Excel error report).
import type { ImportProblem } from '../../contracts/data-imports';
import type { ImportCounts } from '../../db/repositories/data-imports.repository';
import type { CellProblem, DatasetColumn, RowContext } from '../../domain/creation-data/row-schema';

export const PREVIEW_PROBLEMS = 20;

export class ImportTally {
  totalRows = 0;
  private validRows = 0;
  private rejectedRows = 0;
  private readonly rejectedByColumn: Record<string, number> = {};
  readonly preview: ImportProblem[] = [];

  accept(): void {
    this.totalRows += 1;
    this.validRows += 1;
  }

  reject(rowNumber: number, problems: readonly CellProblem[]): void {
    this.totalRows += 1;
    this.rejectedRows += 1;
    for (const problem of problems) {
      this.rejectedByColumn[problem.column] = (this.rejectedByColumn[problem.column] ?? 0) + 1;
      if (this.preview.length < PREVIEW_PROBLEMS) this.preview.push({ row: rowNumber, ...problem });
    }
  }

  /** `inserted`: valid rows the writer stored; the other valid rows were already there. */
  counts(inserted: number, errorReportFileId: string | null): ImportCounts {
    return {
      totalRows: this.totalRows,
      acceptedRows: inserted,
      duplicateRows: this.validRows - inserted,
      rejectedRows: this.rejectedRows,
      rejectedByColumn: { ...this.rejectedByColumn },
      errorReportFileId,
    };
  }
}

export function isBlankRow(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

/** The example the templates show: the column's, unless its allowed values (e.g. the kind's service items) lack it. */
export function exampleOf(column: DatasetColumn, context: RowContext): string {
  const choices = column.choices?.(context) ?? [];
  return choices.length > 0 && !choices.includes(column.example) ? choices[0]! : column.example;
}

/** The template's example row, left in by the user: skipped, never stored (the 填写说明 sheet says so). */
export function isExampleRow(cells: readonly string[], examples: readonly string[]): boolean {
  for (let i = 0; i < examples.length; i += 1) if ((cells[i] ?? '').trim() !== examples[i]) return false;
  return true;
}
