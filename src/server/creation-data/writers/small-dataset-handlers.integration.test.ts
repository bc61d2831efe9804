// The small datasets' writers under the import engine: importing the same rows twice stores nothing the second time
// (all duplicates), a key given twice in one import keeps both versions with the later one current, and base
// activities land in service_events with the same record identity as a platform's events.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseEnterprisesRepository } from '../../../db/repositories/base-enterprises.repository';
import { entryPointsRepository } from '../../../db/repositories/entry-points.repository';
import { libraryCountsRepository } from '../../../db/repositories/library-counts.repository';
import { countCreationDataRows } from '../../../db/testing/correction-counts';
import { createCreationObject } from '../../../db/testing/creation-builders';
import type { DatasetKey } from '../../../domain/creation-data/datasets';
import { createTestApp, type SignedIn, type TestApp } from '../../testing/test-app';
import type { RequestContext } from '../../use-cases/context';
import { getDatasetHandler } from '../dataset-handlers';
import { ingest } from '../ingest';
import { rowsFromObjects } from '../object-rows';

let t: TestApp;
let operator: SignedIn;
let nextCallYear = 2030;

beforeAll(async () => {
  t = await createTestApp(new Date('2026-07-10T02:00:00Z'));
  operator = await t.signIn('applicant');
});
afterAll(async () => t.close());

async function newObject(carrier: 'platform' | 'base' = 'platform') {
  nextCallYear += 1;
  return createCreationObject(t.database.db, {
    organisationId: operator.organisationId ?? '',
    callYear: nextCallYear,
    ...(carrier === 'base' ? { content: { carrier: 'base', platformKind: null } } : {}),
  });
}

function ctx(): RequestContext {
  return {
    requestId: randomUUID(),
    ip: '127.0.0.1',
    userAgent: null,
    actor: { userId: operator.userId, role: 'applicant', cityCode: null, organisationId: operator.organisationId },
    sessionTokenHash: null,
  };
}

const importItems = (applicationId: string, dataset: DatasetKey, items: Record<string, unknown>[]) =>
  ingest(t.deps, ctx(), { applicationId, dataset, source: 'file', input: rowsFromObjects(getDatasetHandler(dataset).schema.columns, items), file: { name: 'x.xlsx', sha256: 'a'.repeat(64) } });

const PAGE = { page: 1, pageSize: 100 };

describe('importing the same rows twice', () => {
  it.each([
    ['libraryCounts', 'platform', [{ library: '中小企业库', asOf: '2026-06-30', count: 10 }, { library: '法律政策库', asOf: '2026-06-30', count: 5, hasPolicyPush: '否' }]],
    ['entryPoints', 'platform', [{ kind: 'PC端', address: 'https://a.example.cn', needsRegistration: '否', asOf: '2026-06-30' }]],
    ['resources', 'platform', [{ kind: '专家', name: '王五', employer: '暨南大学', field: '投融资', agreementStartsOn: '2026-02-01' }]],
    ['baseEnterprises', 'base', [{ year: 2026, creditCode: '914403001922038216', name: '甲公司', industryCode: 'C3981', revenue: 10, rdSpending: 1, inventionPatents: 0 }]],
    ['baseProfiles', 'base', [{ year: 2025, leadingIndustry: '电子', leadingIndustryCodes: 'C39', landArea: 1, employees: 1, hasIncubator: '是', hasTechPlatform: '否', hasIndustryFund: '否' }]],
    ['baseActivities', 'base', [{ eventDate: '2026-06-01', topic: '培训', participantCodes: '914403001922038216' }]],
  ] as const)('%s: the second import is all duplicates', async (dataset, carrier, items) => {
    const object = await newObject(carrier);
    const first = await importItems(object.id, dataset, [...items]);
    expect(first).toMatchObject({ totalRows: items.length, acceptedRows: items.length, duplicateRows: 0, rejectedRows: 0 });
    const stored = await countCreationDataRows(t.database.db, object.id);
    const second = await importItems(object.id, dataset, [...items]);
    expect(second).toMatchObject({ totalRows: items.length, acceptedRows: 0, duplicateRows: items.length, rejectedRows: 0 });
    expect(await countCreationDataRows(t.database.db, object.id)).toEqual({ ...stored, imports: stored.imports + 1 });
  });
});

describe('a key given twice in one import', () => {
  it('stores both versions in order; the later one is current', async () => {
    const object = await newObject();
    const result = await importItems(object.id, 'libraryCounts', [
      { library: '中小企业库', asOf: '2026-06-30', count: 10 },
      { library: '中小企业库', asOf: '2026-06-30', count: 11 },
      { library: '中小企业库', asOf: '2026-06-30', count: 11 },
      { library: '中小企业库', asOf: '2026-06-30', count: 12 },
    ]);
    expect(result).toMatchObject({ acceptedRows: 3, duplicateRows: 1 });
    const listed = await libraryCountsRepository.listCurrent(t.database.db, object.id, PAGE);
    expect(listed.items.map((row) => row.count)).toEqual([12]);
    expect(await countCreationDataRows(t.database.db, object.id)).toMatchObject({ libraryCounts: 3 });
  });

  it('keys entry points by type as well as address: a 小程序 and a 公众号 of one name are two entries', async () => {
    const object = await newObject();
    await importItems(object.id, 'entryPoints', [
      { kind: '移动端', mobileType: '小程序', address: '粤企服务', needsRegistration: '否', asOf: '2026-06-30' },
      { kind: '移动端', mobileType: '公众号', address: '粤企服务', needsRegistration: '否', asOf: '2026-06-30' },
    ]);
    expect((await entryPointsRepository.listCurrent(t.database.db, object.id, PAGE)).total).toBe(2);
  });

  it('keys base enterprises by year and credit code', async () => {
    const object = await newObject('base');
    const enterprise = (year: number, revenue: number) => ({ year, creditCode: '914403001922038216', name: '甲公司', industryCode: 'C3981', revenue, rdSpending: 1, inventionPatents: 0 });
    await importItems(object.id, 'baseEnterprises', [enterprise(2025, 10), enterprise(2026, 20), enterprise(2026, 30)]);
    const listed = await baseEnterprisesRepository.listCurrent(t.database.db, object.id, PAGE);
    expect(listed.items.map((row) => [row.year, row.revenue])).toEqual([
      [2026, 30],
      [2025, 10],
    ]);
  });
});
