// 基地服务活动 are stored as service_events, like a platform's 线下服务活动: same record identity (the base's own
// activity id, else day + topic + participants, hashed to the event key), same duplicate rule (ON CONFLICT DO
// NOTHING). Only the template's wording differs (base-activities.ts).
import { BASE_ACTIVITIES_SCHEMA } from '../../../domain/creation-data/rows/base-activities';
import type { ServiceEventRow } from '../../../domain/creation-data/rows/service-events';
import type { DatasetHandler } from '../dataset-writer';
import { serviceEventsWriter } from '../service-events-handler';

export const baseActivitiesHandler: DatasetHandler<ServiceEventRow> = {
  schema: BASE_ACTIVITIES_SCHEMA,
  writer: { dataset: 'baseActivities', write: (tx, batch) => serviceEventsWriter.write(tx, batch) },
};
