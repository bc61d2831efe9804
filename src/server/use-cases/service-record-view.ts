// A service record as the correction form lists it: what was recorded, and whether (and why) it was voided.
import type { ServiceRecordItem } from '../../contracts/data-corrections';
import type { ServiceRecordWithVoid } from '../../db/repositories/service-record-voids.repository';
import { CHANNEL_LABELS, type ServiceChannel } from '../../domain/creation-data/rows/service-records';

export function toServiceRecordItem(record: ServiceRecordWithVoid): ServiceRecordItem {
  return {
    id: record.id,
    externalId: record.externalId,
    creditCode: record.creditCode,
    enterpriseName: record.enterpriseName,
    divisionCode: record.divisionCode,
    serviceItem: record.serviceItem,
    serviceDate: record.serviceDate,
    channelLabel: CHANNEL_LABELS[record.channel as ServiceChannel] ?? record.channel,
    satisfaction: record.satisfaction,
    isVoided: record.voidedAt !== null,
    voidReason: record.voidReason,
    voidedAt: record.voidedAt?.toISOString() ?? null,
    voidedByName: record.voidedByName,
  };
}
