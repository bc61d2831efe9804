// Where the valid rows of one import go. Each dataset has one writer; the import engine (file, push API or form)
// reads and checks rows with the dataset's DatasetRowSchema (src/domain/creation-data/rows/*) and hands the valid
// ones over in batches, inside the import's single transaction, so a failed import leaves nothing behind.
import type { Db } from '../../db/client';
import type { DatasetKey } from '../../domain/creation-data/datasets';
import type { ByteRecords } from '../../domain/creation-data/byte-records';
import type { DatasetRowSchema, RowContext } from '../../domain/creation-data/row-schema';

export interface WriteTarget {
  importId: string;
  applicationId: string;
}

/** What a session writer gets: where to write and what the rows were read against. */
export interface SessionTarget extends WriteTarget {
  context: RowContext;
}

export interface WriteBatch<T> extends WriteTarget {
  rows: readonly T[];
}

/** One import's writing, for writers that keep state across batches (a COPY stream, the keys already stored). */
export interface WriterSession<T> {
  write(rows: readonly T[]): Promise<void>;
  /** How many rows were new; the rest of the valid rows were duplicates. */
  finish(): Promise<{ inserted: number }>;
  /** Called when the import fails before `finish`, so the transaction can be rolled back (e.g. ends a COPY). */
  abort?(): Promise<void>;
  /** A big dataset's writer may take a UTF-8 CSV file's rows straight from its bytes (the import's fast path). */
  bytes?: ByteRowWriter<T>;
}

/** Every valid row of the import goes through here, in file order, when the session has one. */
export interface ByteRowWriter<T> {
  /**
   * Takes record r when it is written the usual way — checked, de-duplicated and encoded from its bytes, with the
   * same values and key the row schema gives — and says so; false: the engine reads it as text (and reports it).
   */
  take(records: ByteRecords, r: number, indexes: readonly number[]): boolean;
  /** A valid row the engine read as text. */
  add(row: T): void;
  /** Hands what was taken to the database; resolves once it has been. */
  drain(): Promise<void>;
}

/** A writer of small datasets: each batch on its own. */
export interface BatchWriter<T> {
  dataset: DatasetKey;
  /**
   * Stores a batch; returns how many rows were new. The rest were duplicates of rows already stored (same record
   * key), which is how importing the same file twice counts each record once.
   */
  write(tx: Db, batch: WriteBatch<T>): Promise<{ inserted: number }>;
  open?: never;
}

/** A writer of big datasets: one session for the whole import (a COPY stream, the keys already stored). */
export interface SessionWriter<T> {
  dataset: DatasetKey;
  open(tx: Db, target: SessionTarget): Promise<WriterSession<T>>;
  write?: never;
}

export type DatasetWriter<T> = BatchWriter<T> | SessionWriter<T>;

export interface DatasetHandler<T> {
  schema: DatasetRowSchema<T>;
  writer: DatasetWriter<T>;
}

/** The writer's own session, or one that hands each batch to `write` and adds up what was new. */
export async function openWriterSession<T>(writer: DatasetWriter<T>, tx: Db, target: SessionTarget): Promise<WriterSession<T>> {
  if (writer.open) return writer.open(tx, target);
  let inserted = 0;
  return {
    async write(rows) {
      inserted += (await writer.write(tx, { importId: target.importId, applicationId: target.applicationId, rows })).inserted;
    },
    finish: async () => ({ inserted }),
  };
}
