// 服务记录: binary COPY straight into service_records. Duplicates (the key of a standing record, or repeated in the
// file) are dropped here, against the keys read once at the start. This is the ONLY guard (the table has no unique
// index, migrations 0012 and 0013): correct because the engine holds the creation object's import lock for the whole
// transaction, and every service record is written through here. A UTF-8 CSV file's usual rows are taken straight
// from its bytes (service-records-bytes.ts gives the same values and key as the row schema), so a million-row file
// never becomes millions of strings.
import { serviceRecordsRepository } from '../../db/repositories/service-records.repository';
import { recordKeyOf } from '../../domain/creation-data/record-key';
import { SERVICE_RECORD_SCHEMA, serviceRecordIdentity, type ServiceRecordRow } from '../../domain/creation-data/rows/service-records';
import { createServiceRecordSpans, serviceRecordByteReader } from '../../domain/creation-data/rows/service-records-bytes';
import type { Db } from '../../db/client';
import { type DatasetHandler, type DatasetWriter, type SessionTarget, type WriterSession } from './dataset-writer';
import { KeySet } from './key-set';

async function open(tx: Db, target: SessionTarget): Promise<WriterSession<ServiceRecordRow>> {
  const stored = new KeySet();
  await serviceRecordsRepository.forEachStandingKey(tx, target.applicationId, (hi, lo) => stored.add(hi, lo));
  const copy = await serviceRecordsRepository.openCopy(tx, target);
  const read = serviceRecordByteReader(target.context);
  const spans = createServiceRecordSpans();
  const add = (row: ServiceRecordRow): void => {
    const key = recordKeyOf(serviceRecordIdentity(row));
    if (stored.addKey(key)) copy.add(row, key);
  };
  return {
    async write(rows) {
      for (const row of rows) add(row);
      await copy.drain();
    },
    finish: async () => ({ inserted: await copy.finish() }),
    abort: () => copy.abort(),
    bytes: {
      take(records, r, indexes) {
        if (!read(records, r, indexes, spans)) return false;
        if (stored.add(spans.keyHi, spans.keyLo)) copy.addSpans(records.bytes, spans);
        return true;
      },
      add,
      drain: () => copy.drain(),
    },
  };
}

const writer: DatasetWriter<ServiceRecordRow> = { dataset: 'serviceRecords', open };

export const serviceRecordsHandler: DatasetHandler<ServiceRecordRow> = { schema: SERVICE_RECORD_SCHEMA, writer };
