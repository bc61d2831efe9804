// 信息数据库 entries for tests (ADR 0017): written through the registry's write repository as a writer would — the
// entry, then a bump of registry_meta.version — so response caches see the change. Defaults to a legacy entry (the
// province's list from before the system), which needs no application. Overrides set any column.
import { randomBytes, randomUUID } from 'node:crypto';
import { registrySearchText } from '../../domain/registry/search';
import type { Db } from '../client';
import { registryWriteRepository, type RegistryEntryInsert, type RegistryEntryRow, type RegistryHistoryInsert } from '../repositories/registry-write.repository';
import { makeCreditCode } from './builders';

let counter = 0;
function unique(): string {
  counter += 1;
  return `${counter}${randomBytes(2).toString('hex')}`;
}

export type RegistryEntryOverrides = Partial<RegistryEntryInsert>;

/** The row to insert; search_text is derived from the names as the projection does, unless overridden. */
export function buildRegistryEntry(overrides: RegistryEntryOverrides = {}): RegistryEntryInsert & { id: string } {
  const cityCode = overrides.cityCode ?? '440100';
  const base = {
    id: randomUUID(),
    source: 'legacy',
    applicationId: null,
    name: `测试示范平台${unique()}`,
    operatorName: `测试运营主体${unique()}`,
    operatorCreditCode: makeCreditCode(cityCode),
    carrier: 'platform',
    platformKind: 'comprehensive',
    cityCode,
    countyCode: cityCode === '440300' ? '440305' : '440106',
    isProvincial: true,
    isNational: false,
    batchYear: 2024,
    status: 'certified',
    statusDetail: null,
    certificateNumber: null,
    certifiedOn: null,
    serviceItems: ['创业指导'],
    publicPhone: null,
    website: null,
    formerNames: [],
    updatedAt: new Date('2026-11-28T02:00:00Z'),
    ...overrides,
  };
  const id = overrides.id ?? base.id;
  const searchText =
    overrides.searchText ??
    registrySearchText({ name: base.name, operatorName: base.operatorName, formerNames: base.formerNames, certificateNumber: base.certificateNumber ?? null });
  return { ...base, id, searchText };
}

/** Inserts (or replaces) the entry and bumps the registry version, as every registry write does. */
export async function createRegistryEntry(db: Db, overrides: RegistryEntryOverrides = {}): Promise<RegistryEntryRow> {
  const values = buildRegistryEntry(overrides);
  await registryWriteRepository.upsertEntry(db, values);
  await registryWriteRepository.bumpVersion(db);
  const row = await registryWriteRepository.findEntry(db, values.id);
  if (!row) throw new Error('registry entry was not written');
  return row;
}

/** Appends a public history line to the entry and bumps the version. */
export async function addRegistryHistory(db: Db, entryId: string, overrides: Partial<RegistryHistoryInsert> = {}): Promise<void> {
  await registryWriteRepository.appendHistory(db, {
    entryId,
    occurredOn: '2026-01-05',
    kind: 'creation_started',
    label: '列为创建对象，进入创建期',
    publicReason: null,
    createdAt: new Date('2026-11-28T02:00:00Z'),
    ...overrides,
  });
  await registryWriteRepository.bumpVersion(db);
}
