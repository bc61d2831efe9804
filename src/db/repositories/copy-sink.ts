// Binary COPY in and out on either database, inside the caller's transaction. PostgreSQL streams through the
// connection (pg-copy-streams), so encoding the next rows in Node overlaps with the server storing the previous
// ones; PGlite (in-process) takes the data as a blob per COPY statement, a few megabytes at a time.
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { Db } from '../client';
import { rawClientOf } from '../raw-client';
import { COPY_BINARY_HEADER, COPY_BINARY_TRAILER } from './copy-binary';

export interface CopySink {
  /** Resolves when the chunk has been taken; rejects with the database's error. */
  write(chunk: Buffer): Promise<void>;
  /** Ends the COPY; resolves with the number of rows stored. */
  finish(): Promise<number>;
  /**
   * Abandons the COPY after a failure elsewhere, so the connection can roll the transaction back (PostgreSQL would
   * otherwise wait for more COPY data and the ROLLBACK would never be read).
   */
  abort(): Promise<void>;
}

const PGLITE_BLOB_BYTES = 16 * 1024 * 1024;

/** `target` is `table(column, …)`, written by the repository (never user input). */
export async function openCopySink(tx: Db, target: string): Promise<CopySink> {
  const raw = rawClientOf(tx);
  if (raw.kind === 'postgres') {
    const stream = raw.client.query(copyFrom(`COPY ${target} FROM STDIN WITH (FORMAT binary)`));
    let failure: Error | undefined;
    stream.on('error', (error: Error) => {
      failure = error;
    });
    const write = async (chunk: Buffer): Promise<void> => {
      if (failure) throw failure;
      if (!stream.write(chunk)) await once(stream, 'drain');
    };
    await write(COPY_BINARY_HEADER);
    return {
      write,
      async finish() {
        if (failure) throw failure;
        stream.end(COPY_BINARY_TRAILER);
        await finished(stream);
        return stream.rowCount;
      },
      async abort() {
        if (stream.destroyed || stream.writableFinished) return;
        const closed = once(stream, 'close').catch(() => undefined);
        stream.destroy(new Error('导入已中止'));
        await closed;
      },
    };
  }
  const client = raw.client;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let stored = 0;
  const run = async (): Promise<void> => {
    if (pendingBytes === 0) return;
    const blob = new Blob([COPY_BINARY_HEADER, ...pending, COPY_BINARY_TRAILER] as BlobPart[]);
    pending = [];
    pendingBytes = 0;
    const result = await client.query(`COPY ${target} FROM '/dev/blob' WITH (FORMAT binary)`, [], { blob });
    stored += result.affectedRows ?? 0;
  };
  return {
    async write(chunk) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= PGLITE_BLOB_BYTES) await run();
    },
    async finish() {
      await run();
      return stored;
    },
    async abort() {
      pending = [];
      pendingBytes = 0;
    },
  };
}

/** Runs `COPY (query) TO … (FORMAT binary)` for a query of ONE bigint column and hands each value's halves on. */
export async function copyOutBigints(tx: Db, query: string, visit: (hi: number, lo: number) => void): Promise<void> {
  const raw = rawClientOf(tx);
  const reader = bigintTupleReader(visit);
  if (raw.kind === 'postgres') {
    const stream = raw.client.query(copyTo(`COPY (${query}) TO STDOUT WITH (FORMAT binary)`));
    for await (const chunk of stream) reader(chunk as Buffer);
    return;
  }
  const result = await raw.client.query(`COPY (${query}) TO '/dev/blob' WITH (FORMAT binary)`);
  if (result.blob) reader(Buffer.from(await result.blob.arrayBuffer()));
}

/** Header 19 bytes; each tuple: int16 count (1), int32 length (8 or -1), 8 bytes; trailer int16 -1. */
function bigintTupleReader(visit: (hi: number, lo: number) => void): (chunk: Buffer) => void {
  let carry: Buffer = Buffer.alloc(0);
  let isHeaderRead = false;
  return (chunk) => {
    const data: Buffer = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    let position = 0;
    if (!isHeaderRead) {
      if (data.length < 19) {
        carry = data;
        return;
      }
      position = 19 + data.readInt32BE(15);
      isHeaderRead = true;
    }
    while (data.length - position >= 2) {
      if (data.readInt16BE(position) === -1) {
        position = data.length;
        break;
      }
      if (data.length - position < 14) break;
      visit(data.readInt32BE(position + 6), data.readUInt32BE(position + 10));
      position += 14;
    }
    carry = data.subarray(position);
  };
}
