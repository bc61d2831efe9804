// Marking a registry entry national (Art. 9: 获工业和信息化部认定的…信息数据库同时列示; ADR 0017). A programme entry
// is marked through its lifecycle (mark_national: from 已认定 only, once), whose projection keeps the entry and its
// history in step; an entry without an application (legacy, MIIT-only) is marked here, with its history line and a
// version bump in the same transaction. Nothing here ever unmarks.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import { nationalTierRepository, type NationalCandidateRow } from '../../db/repositories/national-tier.repository';
import { registryWriteRepository, type RegistryEntryRow } from '../../db/repositories/registry-write.repository';
import { registryHistoryOf } from '../../domain/registry/history';
import { REGISTRY_STATUS_LABELS, type RegistryCarrier, type RegistryStatus } from '../../domain/registry/filters';
import { registrySearchText } from '../../domain/registry/search';
import { AppError } from '../../domain/shared/app-error';
import { applyApplicationEvent, lockApplication } from './apply-application-event';
import { appendAudit, type Deps, type RequestContext } from './context';

/** The public line of a national mark, worded as the lifecycle's mark_national is (history.ts). */
function nationalHistoryLine() {
  const outcome = registryHistoryOf({ event: 'mark_national', toState: 'certified', reason: null, isReasonPublic: false, certificateNumber: null, retainedChange: null });
  if (outcome.status !== 'public') throw new Error('mark_national has no public history line');
  return outcome.line;
}

async function appendNationalHistory(tx: Db, deps: Deps, entryId: string): Promise<void> {
  const line = nationalHistoryLine();
  await registryWriteRepository.appendHistory(tx, { entryId, occurredOn: deps.clock.today(), kind: line.kind, label: line.label, publicReason: null, createdAt: deps.clock.now() });
}

/** Whether the entry can be marked now: legacy and MIIT entries always; programme entries in the state certified. */
export function canBeMarked(entry: NationalCandidateRow): boolean {
  return entry.source !== 'programme' || entry.applicationState === 'certified';
}

/** Marks the entry national; one already national is left as it is. */
export async function markEntryNational(tx: Db, deps: Deps, ctx: RequestContext, entry: NationalCandidateRow, via: { uploadId: string; rowNumber: number }): Promise<void> {
  if (entry.isNational) return;
  if (entry.source === 'programme' && entry.applicationId) {
    const application = await lockApplication(tx, ctx, entry.applicationId, 'nationalTier.manage');
    // The lifecycle refuses the mark outside 已认定 (e.g. during a re-review) with its own words (409).
    await applyApplicationEvent(tx, deps, ctx, application, 'mark_national');
    return;
  }
  const locked = await nationalTierRepository.findEntryForUpdate(tx, entry.id);
  if (!locked) throw new AppError('STATE_CHANGED', '该条目已不存在，请刷新后再办理');
  if (locked.isNational) return;
  if (locked.status !== 'certified') {
    const label = REGISTRY_STATUS_LABELS[locked.status as RegistryStatus] ?? locked.status;
    throw new AppError('TRANSITION_NOT_ALLOWED', `该条目当前状态为“${label}”，只有已认定的条目可以标注为国家级`, { details: { status: locked.status } });
  }
  await nationalTierRepository.markEntryNational(tx, entry.id, deps.clock.now());
  await appendNationalHistory(tx, deps, entry.id);
  await registryWriteRepository.bumpVersion(tx);
  await appendAudit(tx, deps, ctx, {
    action: 'registry_entry.marked_national',
    objectType: 'registry_entry',
    objectId: entry.id,
    before: { isNational: false },
    after: { isNational: true, uploadId: via.uploadId, rowNumber: via.rowNumber },
  });
}

export interface NationalOnlyEntry {
  name: string;
  operatorName: string;
  operatorCreditCode: string | null;
  carrier: RegistryCarrier;
  cityCode: string;
  countyCode: string;
  batchYear: number | null;
}

/** Lists a national platform or base the province's programme does not hold (source miit: national, not provincial). */
export async function createNationalOnlyEntry(tx: Db, deps: Deps, ctx: RequestContext, values: NationalOnlyEntry, via: { uploadId: string; rowNumber: number }): Promise<RegistryEntryRow> {
  const id = randomUUID();
  await registryWriteRepository.upsertEntry(tx, {
    id,
    source: 'miit',
    applicationId: null,
    ...values,
    platformKind: null,
    isProvincial: false,
    isNational: true,
    status: 'certified',
    statusDetail: null,
    certificateNumber: null,
    certifiedOn: null,
    serviceItems: [],
    publicPhone: null,
    website: null,
    formerNames: [],
    searchText: registrySearchText({ name: values.name, operatorName: values.operatorName, formerNames: [], certificateNumber: null }),
    updatedAt: deps.clock.now(),
  });
  await appendNationalHistory(tx, deps, id);
  await registryWriteRepository.bumpVersion(tx);
  const entry = await registryWriteRepository.findEntry(tx, id);
  if (!entry) throw new Error('national-only entry was not written');
  await appendAudit(tx, deps, ctx, { action: 'registry_entry.created_national', objectType: 'registry_entry', objectId: id, after: { ...values, uploadId: via.uploadId, rowNumber: via.rowNumber } });
  return entry;
}
