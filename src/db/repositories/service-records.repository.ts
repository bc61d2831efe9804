// 服务记录 storage. Imports go through binary COPY (a million rows in one transaction). The table has no unique index
// (migration 0012, lean for bulk loading): the import engine alone keeps each record once, dropping the rows whose
// record key is stored — read here, under the creation object's import lock — or repeated in the file.
import type { RecordKey } from '../../domain/creation-data/record-key';
import type { ServiceRecordRow } from '../../domain/creation-data/rows/service-records';
import type { Db } from '../client';
import { BinaryRowEncoder, textBytes, uuidBytes } from './copy-binary';
import { copyOutBigints, openCopySink } from './copy-sink';

/** The values stored for one record: the row as its schema read it (src/domain/creation-data/rows/service-records.ts). */
export type ServiceRecordValues = ServiceRecordRow;

export interface RecordCopy {
  /** Encodes one row into the current chunk (no copy of the row is kept). */
  add(row: ServiceRecordValues, key: RecordKey): void;
  /** Passes the full chunks to the database; resolves once they have been taken. */
  drain(): Promise<void>;
  /** Ends the COPY: the number of rows stored. */
  finish(): Promise<number>;
  /** Abandons the COPY (the import failed); the transaction is then rolled back. */
  abort(): Promise<void>;
}

const TARGET =
  'service_records(application_id, import_id, record_key, external_id, credit_code, enterprise_name, division_code, service_item, service_date, channel, satisfaction)';
const CHUNK_BYTES = 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function requireUuid(value: string): string {
  if (!UUID.test(value)) throw new Error(`not a uuid: ${value}`);
  return value;
}

export const serviceRecordsRepository = {
  /**
   * Visits the record key of every record of the creation object that stands — a voided record does not, so the
   * corrected record entered again after a void is stored (DESIGN §5) — streamed (a million keys are 14 MB on the wire).
   */
  async forEachStandingKey(tx: Db, applicationId: string, visit: (hi: number, lo: number) => void): Promise<void> {
    const query =
      `SELECT r.record_key FROM service_records r WHERE r.application_id = '${requireUuid(applicationId)}' ` +
      'AND NOT EXISTS (SELECT 1 FROM service_record_voids v WHERE v.record_id = r.id)';
    await copyOutBigints(tx, query, visit);
  },

  async openCopy(tx: Db, target: { applicationId: string; importId: string }): Promise<RecordCopy> {
    const sink = await openCopySink(tx, TARGET);
    // The two uuid fields every row shares, with their length words, encoded once.
    const shared = Buffer.alloc(40);
    shared.writeInt32BE(16, 0);
    uuidBytes(requireUuid(target.applicationId)).copy(shared, 4);
    shared.writeInt32BE(16, 20);
    uuidBytes(requireUuid(target.importId)).copy(shared, 24);
    const chunks: Buffer[] = [];
    const encoder = new BinaryRowEncoder(CHUNK_BYTES, (chunk) => chunks.push(chunk));
    return {
      add(row, key) {
        const size = 2 + 20 + 20 + 12 + textBytes(row.externalId) + textBytes(row.creditCode) + textBytes(row.enterpriseName) +
          textBytes(row.divisionCode) + textBytes(row.serviceItem) + 8 + 12 + 6;
        encoder.startRow(11, size);
        encoder.raw(shared);
        encoder.int8(key.hi, key.lo);
        if (row.externalId === null) encoder.null();
        else encoder.text(row.externalId);
        encoder.text(row.creditCode);
        encoder.text(row.enterpriseName);
        encoder.text(row.divisionCode);
        encoder.text(row.serviceItem);
        encoder.date(row.serviceDate);
        encoder.text(row.channel);
        if (row.satisfaction === null) encoder.null();
        else encoder.int2(row.satisfaction);
      },
      async drain() {
        while (chunks.length > 0) await sink.write(chunks.shift()!);
      },
      async finish() {
        encoder.flush();
        while (chunks.length > 0) await sink.write(chunks.shift()!);
        return sink.finish();
      },
      abort: () => sink.abort(),
    };
  },
};
