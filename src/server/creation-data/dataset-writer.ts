// Where the valid rows of one import go. Each dataset has one writer; the import engine (file, push API or form)
// reads and checks rows with the dataset's DatasetRowSchema (src/domain/creation-data/rows/*) and hands the valid
// ones over in batches, inside the import's single transaction, so a failed import leaves nothing behind.
import type { Db } from '../../db/client';
import type { DatasetKey } from '../../domain/creation-data/datasets';
import type { DatasetRowSchema } from '../../domain/creation-data/row-schema';

export interface WriteBatch<T> {
  importId: string;
  applicationId: string;
  rows: readonly T[];
}

export interface DatasetWriter<T> {
  dataset: DatasetKey;
  /**
   * Stores a batch; returns how many rows were new. The rest were duplicates of rows already stored (same record
   * key), which is how importing the same file twice counts each record once.
   */
  write(tx: Db, batch: WriteBatch<T>): Promise<{ inserted: number }>;
}

export interface DatasetHandler<T> {
  schema: DatasetRowSchema<T>;
  writer: DatasetWriter<T>;
}
