// A registry row as the public sees it (Art. 8; ADR 0017): names of the divisions and labels in Chinese, the levels
// it holds, the organisation's public contact. Never a score, a rank or a person's data: the mapper copies field by
// field, so a column added to the table later stays out of the API until someone decides to publish it.
import type { RegistryEntry, RegistryEntryDetail, RegistryHistoryItem } from '../../contracts/registry';
import type { RegistryHistoryRow } from '../../db/repositories/registry-read.repository';
import type { RegistryEntryRow } from '../../db/repositories/registry-write.repository';
import { divisionName, findCity } from '../../domain/divisions/divisions';
import {
  REGISTRY_CARRIER_LABELS,
  REGISTRY_STATUS_LABELS,
  type RegistryCarrier,
  type RegistryLevel,
  type RegistrySource,
  type RegistryStatus,
} from '../../domain/registry/filters';
import { PLATFORM_KIND_LABELS, platformKindOf } from '../../domain/standards/types';

export function toRegistryEntry(row: RegistryEntryRow): RegistryEntry {
  const carrier = row.carrier as RegistryCarrier;
  const status = row.status as RegistryStatus;
  const platformKind = platformKindOf(row.platformKind);
  const levels: RegistryLevel[] = [...(row.isNational ? (['national'] as const) : []), ...(row.isProvincial ? (['provincial'] as const) : [])];
  return {
    id: row.id,
    name: row.name,
    operatorName: row.operatorName,
    carrier,
    carrierLabel: REGISTRY_CARRIER_LABELS[carrier],
    platformKind,
    platformKindLabel: platformKind ? PLATFORM_KIND_LABELS[platformKind] : null,
    cityCode: row.cityCode,
    cityName: findCity(row.cityCode)?.name ?? row.cityCode,
    countyCode: row.countyCode,
    countyName: divisionName(row.countyCode) ?? row.countyCode,
    levels,
    isNational: row.isNational,
    isProvincial: row.isProvincial,
    batchYear: row.batchYear,
    status,
    statusLabel: REGISTRY_STATUS_LABELS[status],
    statusDetail: row.statusDetail,
    certificateNumber: row.certificateNumber,
    certifiedOn: row.certifiedOn,
    serviceItems: [...row.serviceItems],
    publicPhone: row.publicPhone,
    website: row.website,
    source: row.source as RegistrySource,
  };
}

function toHistoryItem(row: RegistryHistoryRow): RegistryHistoryItem {
  return { occurredOn: row.occurredOn, kind: row.kind, label: row.label, publicReason: row.publicReason };
}

export function toRegistryEntryDetail(row: RegistryEntryRow, history: readonly RegistryHistoryRow[]): RegistryEntryDetail {
  return { ...toRegistryEntry(row), formerNames: row.formerNames.map((f) => ({ name: f.name, until: f.until })), history: history.map(toHistoryItem) };
}
