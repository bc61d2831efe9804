// 线下服务活动: batched INSERT … ON CONFLICT DO NOTHING on (application_id, event_key).
import { serviceEventsRepository } from '../../db/repositories/service-events.repository';
import { recordKeyOf, recordKeyToBigInt } from '../../domain/creation-data/record-key';
import { SERVICE_EVENT_SCHEMA, serviceEventIdentity, type ServiceEventRow } from '../../domain/creation-data/rows/service-events';
import type { BatchWriter, DatasetHandler } from './dataset-writer';

/** Each event carries up to MAX_PARTICIPANTS codes in one array parameter; 500 events keep a statement small. */
const INSERT_BATCH = 500;

export const serviceEventsWriter: BatchWriter<ServiceEventRow> = {
  dataset: 'serviceEvents',
  async write(tx, batch) {
    let inserted = 0;
    for (let start = 0; start < batch.rows.length; start += INSERT_BATCH) {
      const values = batch.rows.slice(start, start + INSERT_BATCH).map((row) => ({
        applicationId: batch.applicationId,
        importId: batch.importId,
        eventKey: recordKeyToBigInt(recordKeyOf(serviceEventIdentity(row))),
        externalId: row.externalId,
        eventDate: row.eventDate,
        topic: row.topic,
        participantCodes: row.participantCodes,
        participantCount: row.participantCodes.length,
      }));
      inserted += await serviceEventsRepository.insertNew(tx, values);
    }
    return { inserted };
  },
};

export const serviceEventsHandler: DatasetHandler<ServiceEventRow> = { schema: SERVICE_EVENT_SCHEMA, writer: serviceEventsWriter };
