// 服务记录: binary COPY straight into service_records. Duplicates (the key of a standing record, or repeated in the
// file) are dropped here, against the keys read once at the start. This is the ONLY guard (the table has no unique
// index, migration 0012): correct because the engine holds the creation object's import lock for the whole
// transaction, and every service record is written through here.
import { serviceRecordsRepository } from '../../db/repositories/service-records.repository';
import { recordKeyOf } from '../../domain/creation-data/record-key';
import { SERVICE_RECORD_SCHEMA, serviceRecordIdentity, type ServiceRecordRow } from '../../domain/creation-data/rows/service-records';
import type { Db } from '../../db/client';
import { type DatasetHandler, type DatasetWriter, type WriterSession, type WriteTarget } from './dataset-writer';
import { KeySet } from './key-set';

async function open(tx: Db, target: WriteTarget): Promise<WriterSession<ServiceRecordRow>> {
  const stored = new KeySet();
  await serviceRecordsRepository.forEachStandingKey(tx, target.applicationId, (hi, lo) => stored.add(hi, lo));
  const copy = await serviceRecordsRepository.openCopy(tx, target);
  return {
    async write(rows) {
      for (const row of rows) {
        const key = recordKeyOf(serviceRecordIdentity(row));
        if (stored.addKey(key)) copy.add(row, key);
      }
      await copy.drain();
    },
    finish: async () => ({ inserted: await copy.finish() }),
    abort: () => copy.abort(),
  };
}

const writer: DatasetWriter<ServiceRecordRow> = { dataset: 'serviceRecords', open };

export const serviceRecordsHandler: DatasetHandler<ServiceRecordRow> = { schema: SERVICE_RECORD_SCHEMA, writer };
