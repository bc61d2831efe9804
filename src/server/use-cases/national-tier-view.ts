// 国家级名单导入 (Art. 9; ADR 0017) as the province's page reads it: each row with its outcome, the entry it went to,
// the operator's entries for a row left open, and guesses from the row's text for listing it as national-only.
import type { NationalEntryBrief, NationalRowView, NationalUploadSummary } from '../../contracts/national-tier';
import type { NationalRowRow, NationalUploadListRow } from '../../db/repositories/national-tier.repository';
import type { RegistryEntryRow } from '../../db/repositories/registry-write.repository';
import { CITIES, findCity } from '../../domain/divisions/divisions';
import { REGISTRY_CARRIER_LABELS, REGISTRY_STATUS_LABELS, type RegistryCarrier, type RegistryStatus } from '../../domain/registry/filters';
import { NATIONAL_ROW_OUTCOME_LABELS, OPEN_NATIONAL_ROW_OUTCOMES, nationalRowCreditCode, type NationalRowOutcome } from '../../domain/registry/national-tier';


export function toEntryBrief(row: RegistryEntryRow): NationalEntryBrief {
  const status = row.status as RegistryStatus;
  return {
    id: row.id,
    name: row.name,
    operatorName: row.operatorName,
    operatorCreditCode: row.operatorCreditCode,
    cityName: findCity(row.cityCode)?.name ?? row.cityCode,
    carrierLabel: REGISTRY_CARRIER_LABELS[row.carrier as RegistryCarrier] ?? row.carrier,
    status,
    statusLabel: REGISTRY_STATUS_LABELS[status] ?? row.status,
    isNational: row.isNational,
    isProvincial: row.isProvincial,
  };
}

export function isOpenOutcome(outcome: string): boolean {
  return (OPEN_NATIONAL_ROW_OUTCOMES as readonly string[]).includes(outcome);
}

/** The city a row's text names (广州市, 广州, 广东省深圳市…), or null. */
export function suggestedCityOf(text: string | null): string | null {
  if (!text) return null;
  const city = CITIES.find((c) => text.includes(c.name) || text.includes(c.name.replace(/市$/, '')));
  return city?.code ?? null;
}

/** 示范基地 or 示范平台 as the row's type column, or else its name, says. */
export function suggestedCarrierOf(carrierText: string | null, name: string): RegistryCarrier | null {
  for (const text of [carrierText ?? '', name]) {
    if (text.includes('基地')) return 'base';
    if (text.includes('平台')) return 'platform';
  }
  return null;
}

export function toRowView(row: NationalRowRow, entries: ReadonlyMap<string, RegistryEntryRow>, byCode: ReadonlyMap<string, RegistryEntryRow[]>, dismissReasons: ReadonlyMap<string, string>): NationalRowView {
  const outcome = row.outcome as NationalRowOutcome;
  const code = nationalRowCreditCode(row.creditCode);
  const isOpen = isOpenOutcome(outcome);
  const entry = row.entryId ? entries.get(row.entryId) : undefined;
  return {
    id: row.id,
    rowNumber: row.rowNumber,
    name: row.name,
    operatorName: row.operatorName,
    creditCode: row.creditCode,
    isCreditCodeValid: code !== null,
    carrierText: row.carrier,
    cityText: row.cityText,
    batchText: row.batchText,
    outcome,
    outcomeLabel: NATIONAL_ROW_OUTCOME_LABELS[outcome] ?? row.outcome,
    isOpen,
    isResolvedManually: row.isResolvedManually,
    entry: entry ? toEntryBrief(entry) : null,
    candidates: isOpen && code ? (byCode.get(code) ?? []).map(toEntryBrief) : [],
    suggestedCityCode: suggestedCityOf(row.cityText) ?? suggestedCityOf(row.name) ?? suggestedCityOf(row.operatorName),
    suggestedCarrier: suggestedCarrierOf(row.carrier, row.name),
    dismissReason: dismissReasons.get(row.id) ?? null,
    resolvedAt: row.resolvedAt ? row.resolvedAt.toISOString() : null,
  };
}

export function toUploadSummary(upload: NationalUploadListRow): NationalUploadSummary {
  const openCount = Object.entries(upload.outcomeCounts)
    .filter(([outcome]) => isOpenOutcome(outcome))
    .reduce((sum, [, n]) => sum + (n ?? 0), 0);
  return {
    id: upload.id,
    title: upload.title,
    fileName: upload.fileName,
    rowCount: upload.rowCount,
    uploadedAt: upload.uploadedAt.toISOString(),
    uploadedByName: upload.uploadedByName,
    counts: upload.outcomeCounts,
    openCount,
  };
}
