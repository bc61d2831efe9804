// 信息数据库 write side (Art. 8; ADR 0017): an object's registry entry is recomputed from current data in the
// transaction of every change to it — a lifecycle event, a published 认定公告, a retained rename, a change of the
// operator's public contact. State-based and idempotent: projecting twice writes once, and the version is bumped only
// when what the public reads changed, so caches are not invalidated for nothing.
import type { Db } from '../../db/client';
import { registryProjectionRepository, type RegistrySourceRow, type RetainedRenameRow } from '../../db/repositories/registry-projection.repository';
import { registryWriteRepository, type RegistryEntryInsert, type RegistryEntryRow } from '../../db/repositories/registry-write.repository';
import { STATES, isLifecycleState } from '../../domain/lifecycle/states';
import { REGISTRY_SERVICE_ITEMS } from '../../domain/registry/filters';
import { registrySearchText } from '../../domain/registry/search';
import { registryStatusOf } from '../../domain/registry/status';
import type { FormerName } from '../../domain/registry/types';
import { platformKindOf } from '../../domain/standards/types';
import type { Deps } from '../use-cases/context';
import { appendRegistryHistory } from './registry-history';

/** The lifecycle states an entry is listed in (status.ts); the others are applications, not entries. */
export const LISTED_STATES: readonly string[] = STATES.filter((state) => registryStatusOf(state) !== null);

/** Recomputes one application's entry and appends the public history it lacks; bumps the version if either changed. */
export async function projectRegistryEntry(tx: Db, deps: Pick<Deps, 'clock'>, applicationId: string): Promise<void> {
  if (await projectApplication(tx, deps, applicationId)) await registryWriteRepository.bumpVersion(tx);
}

/** Every programme entry of one organisation: after a rename or a change of its public contact (单位对外服务电话/网址). */
export async function projectOrganisationEntries(tx: Db, deps: Pick<Deps, 'clock'>, organisationId: string): Promise<void> {
  let isChanged = false;
  for (const id of await registryProjectionRepository.listOrganisationApplicationIds(tx, organisationId, LISTED_STATES)) {
    if (await projectApplication(tx, deps, id)) isChanged = true;
  }
  if (isChanged) await registryWriteRepository.bumpVersion(tx);
}

/** Writes what changed, without bumping the version; true when anything was written. */
export async function projectApplication(tx: Db, deps: Pick<Deps, 'clock'>, applicationId: string): Promise<boolean> {
  const source = await registryProjectionRepository.findSource(tx, applicationId);
  if (!source) throw new Error(`registry projection: no application ${applicationId}`);
  const existing = await registryWriteRepository.findEntry(tx, applicationId);
  const values = entryValues(source, await registryProjectionRepository.listRetainedRenames(tx, source.organisation.id));
  // Not (yet) listed: nothing is written. An entry is never removed — a state before listing cannot follow one after.
  if (!values && !existing) return false;
  let isChanged = false;
  if (values && !isSameEntry(existing, values)) {
    await registryWriteRepository.upsertEntry(tx, { ...values, updatedAt: deps.clock.now() });
    isChanged = true;
  }
  if (await appendRegistryHistory(tx, source.application, source.certificateNumber)) isChanged = true;
  return isChanged;
}

type EntryValues = Omit<RegistryEntryInsert, 'updatedAt'> & { id: string };

function entryValues(source: RegistrySourceRow, renames: readonly RetainedRenameRow[]): EntryValues | null {
  const { application, organisation } = source;
  if (!isLifecycleState(application.state)) return null;
  const status = registryStatusOf(application.state);
  if (!status) return null;
  const content = application.content;
  const carrier = application.carrier === 'base' ? 'base' : 'platform';
  const formerNames = formerNamesOf(renames);
  return {
    id: application.id,
    source: 'programme',
    applicationId: application.id,
    name: application.name,
    operatorName: organisation.name,
    operatorCreditCode: organisation.creditCode,
    carrier,
    platformKind: carrier === 'platform' ? platformKindOf(content.platformKind) : null,
    cityCode: application.cityCode,
    countyCode: organisation.countyCode,
    // Art. 8: every object of this programme is the province's; Art. 9: the national tier is marked on it.
    isProvincial: true,
    isNational: application.facts.isNational === true,
    batchYear: source.callYear,
    status: status.status,
    statusDetail: status.detail,
    certificateNumber: source.certificateNumber,
    certifiedOn: source.certifiedOn,
    serviceItems: serviceItemsOf(content),
    publicPhone: organisation.publicPhone,
    website: organisation.website,
    formerNames,
    searchText: registrySearchText({ name: application.name, operatorName: organisation.name, formerNames, certificateNumber: source.certificateNumber }),
  };
}

/** The 服务内容 the application names, as the public filter knows them, in the list's order. */
function serviceItemsOf(content: Record<string, unknown>): string[] {
  const facts = content.facts;
  const named = facts && typeof facts === 'object' ? (facts as Record<string, unknown>).serviceContents : undefined;
  if (!Array.isArray(named)) return [];
  return REGISTRY_SERVICE_ITEMS.filter((item) => named.includes(item));
}

/** Art. 11: a retained 更名's former name, until the day the change took effect; the same name and day once. */
function formerNamesOf(renames: readonly RetainedRenameRow[]): FormerName[] {
  const seen = new Set<string>();
  const names: FormerName[] = [];
  for (const rename of renames) {
    if (!rename.formerName) continue;
    const key = `${rename.formerName}\u0000${rename.occurredOn}`;
    if (seen.has(key)) continue;
    seen.add(key);
    names.push({ name: rename.formerName, until: rename.occurredOn });
  }
  return names;
}

const COMPARED: readonly (keyof EntryValues)[] = [
  'source', 'applicationId', 'name', 'operatorName', 'operatorCreditCode', 'carrier', 'platformKind', 'cityCode', 'countyCode', 'isProvincial', 'isNational',
  'batchYear', 'status', 'statusDetail', 'certificateNumber', 'certifiedOn', 'serviceItems', 'publicPhone', 'website', 'formerNames', 'searchText',
];

function isSameEntry(existing: RegistryEntryRow | undefined, values: EntryValues): boolean {
  if (!existing) return false;
  return COMPARED.every((key) => canonical(existing[key]) === canonical(values[key]));
}

/** jsonb does not keep an object's key order: compare values with their keys sorted. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
