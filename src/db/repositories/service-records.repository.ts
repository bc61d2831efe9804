// 服务记录 storage. Imports go through binary COPY (a million rows in one transaction). The table has no unique index
// (migration 0012, lean for bulk loading): the import engine alone keeps each record once, dropping the rows whose
// record key is stored — read here, under the creation object's import lock — or repeated in the file.
import type { RecordKey } from '../../domain/creation-data/record-key';
import type { ServiceRecordRow } from '../../domain/creation-data/rows/service-records';
import type { ServiceRecordSpans } from '../../domain/creation-data/rows/service-records-bytes';
import type { Db } from '../client';
import { rawClientOf } from '../raw-client';
import { BinaryRowEncoder, textBytes, uuidBytes } from './copy-binary';
import { copyOutBigints, openCopySink } from './copy-sink';

/** The values stored for one record: the row as its schema read it (src/domain/creation-data/rows/service-records.ts). */
export type ServiceRecordValues = ServiceRecordRow;

export interface RecordCopy {
  /** Encodes one row into the current chunk (no copy of the row is kept). */
  add(row: ServiceRecordValues, key: RecordKey): void;
  /**
   * Encodes one row read straight from the file's bytes (the import's fast path): its text fields are copied from
   * `bytes`, never decoded to strings.
   */
  addSpans(bytes: Uint8Array, spans: ServiceRecordSpans): void;
  /** Passes the full chunks to the database; resolves once they have been taken. */
  drain(): Promise<void>;
  /** Ends the COPY: the number of rows stored. */
  finish(): Promise<number>;
  /** Abandons the COPY (the import failed); the transaction is then rolled back. */
  abort(): Promise<void>;
}

const TARGET =
  'service_records(id, application_id, import_id, record_key, external_id, credit_code, enterprise_name, division_code, service_item, service_date, channel, satisfaction)';
const CHUNK_BYTES = 1024 * 1024;
/** The channel field as it is stored, length word included. */
const CHANNEL_FIELDS = { online: lengthPrefixed('online'), offline: lengthPrefixed('offline') } as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Rows one import may write: the low 24 bits of a record's id are its position in the import (ADR 0014). */
const MAX_IMPORT_ROWS = 2 ** 24;

/** The import's number, the high part of its records' ids: one round trip per import, none per row. */
async function drawImportSerial(tx: Db): Promise<number> {
  const raw = rawClientOf(tx);
  const statement = "SELECT nextval('service_record_import_serial')::text AS serial";
  const result = raw.kind === 'postgres' ? await raw.client.query<{ serial: string }>(statement) : await raw.client.query<{ serial: string }>(statement);
  return Number(result.rows[0]!.serial);
}

function lengthPrefixed(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  const field = Buffer.alloc(4 + bytes.length);
  field.writeInt32BE(bytes.length, 0);
  bytes.copy(field, 4);
  return field;
}

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
    // id = serial × 2^24 + position: its high 32 bits are serial ÷ 2^8, its low 32 bits (serial mod 2^8) × 2^24 +
    // position — below 2^32 since position < 2^24, so no carry.
    const serial = await drawImportSerial(tx);
    const idHi = Math.floor(serial / 256);
    const idLoBase = (serial % 256) * MAX_IMPORT_ROWS;
    let position = 0;
    const nextId = (): number => {
      if (position >= MAX_IMPORT_ROWS) throw new Error(`one import writes at most ${MAX_IMPORT_ROWS} service records`);
      const lo = idLoBase + position;
      position += 1;
      return lo;
    };
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
        const size = 2 + 12 + 20 + 20 + 12 + textBytes(row.externalId) + textBytes(row.creditCode) + textBytes(row.enterpriseName) +
          textBytes(row.divisionCode) + textBytes(row.serviceItem) + 8 + 12 + 6;
        encoder.startRow(12, size);
        encoder.int8(idHi, nextId());
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
      addSpans(bytes, spans) {
        const size = 2 + 12 + 40 + 12 + 4 + (spans.idEnd - spans.idStart) + 4 + 18 + 4 + (spans.nameEnd - spans.nameStart) + 4 +
          (spans.divisionEnd - spans.divisionStart) + 4 + (spans.itemEnd - spans.itemStart) + 8 + 11 + 6;
        encoder.startRow(12, size);
        encoder.int8(idHi, nextId());
        encoder.raw(shared);
        encoder.int8(spans.keyHi, spans.keyLo);
        if (spans.idStart === spans.idEnd) encoder.null();
        else encoder.textBytes(bytes, spans.idStart, spans.idEnd);
        encoder.textBytes(bytes, spans.codeStart, spans.codeStart + 18);
        encoder.textBytes(bytes, spans.nameStart, spans.nameEnd);
        encoder.textBytes(bytes, spans.divisionStart, spans.divisionEnd);
        encoder.textBytes(bytes, spans.itemStart, spans.itemEnd);
        encoder.dateNumber(spans.dateNumber);
        encoder.raw(CHANNEL_FIELDS[spans.channel]);
        if (spans.satisfaction === 0) encoder.null();
        else encoder.int2(spans.satisfaction);
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
