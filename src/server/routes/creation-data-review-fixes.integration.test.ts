// What the review of F4 found, each through the code that counts: an event taken back (作废) stops counting in the
// facts, the drill-down and the hints, and is listed marked; a base enterprise whose latest row says 是否在园 = 否
// leaves the base's figures; a resource that leaves keeps counting in the windows before it left; dates after the
// creation period are flagged only while the object is still in the creation phase; a city may comment on its
// object's reports after data collection has closed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreationObjectSummary } from '../../contracts/creation-objects';
import type { CurrentRowsPage, VoidedServiceEvent } from '../../contracts/data-corrections';
import type { DataFlagsView, EventPage } from '../../contracts/indicators';
import { indicatorFactsRepository } from '../../db/repositories/indicator-facts.repository';
import { findAuditRecords } from '../../db/testing/creation-data-counts';
import { createCreationObject } from '../../db/testing/creation-builders';
import { insertEvents, insertImport, insertResources, insertServiceRecords } from '../../db/testing/indicator-data-builders';
import { fixtureCode } from '../../db/testing/indicator-fixture';
import type { FlagCode } from '../../domain/creation-data/data-flags';
import type { LifecycleState } from '../../domain/lifecycle/states';
import { createTestApp, JSON_HEADERS, type SignedIn, type TestApp } from '../testing/test-app';

let t: TestApp;
let operator: SignedIn;
let city: SignedIn;
let nextCallYear = 2040;

const YEAR_1 = { startsOn: '2026-01-05', endsOn: '2027-01-04' };
const YEAR_2 = { startsOn: '2027-01-05', endsOn: '2028-01-05' };
const WHOLE = { startsOn: '2026-01-05', endsOn: '2028-01-05' };

beforeAll(async () => {
  // In the second year of periods starting 2026-01-05; the 2026 base figures can be reported.
  t = await createTestApp(new Date('2027-03-01T02:00:00Z'));
  operator = await t.signIn('applicant');
  city = await t.signIn('city', { cityCode: '440100' });
});
afterAll(async () => t.close());

async function newObject(options: { carrier?: 'platform' | 'base'; state?: LifecycleState } = {}) {
  nextCallYear += 1;
  return createCreationObject(t.database.db, {
    organisationId: operator.organisationId ?? '',
    callYear: nextCallYear,
    startsOn: '2026-01-05',
    ...(options.carrier === 'base' ? { content: { carrier: 'base', platformKind: null } } : {}),
    ...(options.state ? { state: options.state } : {}),
  });
}

async function get<T>(who: SignedIn, url: string): Promise<T> {
  const response = await t.app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as T;
}

const voidEvent = (who: SignedIn, id: string, eventId: string, payload: Record<string, string> = { reason: '重复录入' }) =>
  t.app.inject({ method: 'POST', url: `/api/creation-objects/${id}/service-events/${eventId}/void`, headers: { ...JSON_HEADERS, cookie: who.cookie }, payload });

const flagCount = (view: DataFlagsView, code: FlagCode) => view.flags.find((f) => f.code === code)?.count;
const codes = (tag: string, n: number, division = '440100') => Array.from({ length: n }, (_, i) => fixtureCode(division, `${tag}${i + 1}`));

describe('作废 an event', () => {
  it('takes it out of the facts, the drill-down and the hints, lists it marked, once, with an audit record', async () => {
    const db = t.database.db;
    const object = await newObject();
    const importId = await insertImport(db, object.id, { dataset: 'serviceEvents', fileName: '活动.xlsx' });
    // E1 and E2 share 20 of 21 participants (a near-identical pair); E2 has one enterprise of 广西; E3 is dated
    // before the period.
    const [e1, e2, e3] = await insertEvents(db, object.id, importId, [
      { eventDate: '2026-04-01', topic: '政策宣讲会', participants: codes('P', 20) },
      { eventDate: '2026-05-01', topic: '融资对接会', participants: [...codes('P', 20), fixtureCode('450100', 'GX')] },
      { eventDate: '2025-12-31', topic: '筹备会', participants: codes('P', 3) },
    ]);
    const events = () => get<EventPage>(city, `/api/creation-objects/${object.id}/indicators/events?window=1&filter=all&page=1&pageSize=20`);
    const flags = () => get<DataFlagsView>(city, `/api/creation-objects/${object.id}/flags`);

    expect((await events()).total).toBe(2);
    expect(await indicatorFactsRepository.eventParticipantCounts(db, object.id, YEAR_1)).toEqual([20, 21]);
    const before = await flags();
    expect([flagCount(before, 'nearIdenticalEvents'), flagCount(before, 'outsideGuangdong'), flagCount(before, 'outsidePeriod')]).toEqual([1, 1, 1]);

    const voided = await voidEvent(operator, object.id, e2!, { reason: '与政策宣讲会重复录入' });
    expect(voided.statusCode, voided.body).toBe(200);
    expect(voided.json()).toMatchObject<Partial<VoidedServiceEvent>>({ id: e2!, topic: '融资对接会', voided: { reason: '与政策宣讲会重复录入', voidedAt: '2027-03-01T02:00:00.000Z', voidedByName: expect.any(String) } });
    expect((await voidEvent(operator, object.id, e3!)).statusCode).toBe(200);

    const page = await events();
    expect(page.items.map((e) => e.id)).toEqual([e1]);
    expect(page.total).toBe(1);
    expect(await indicatorFactsRepository.eventParticipantCounts(db, object.id, YEAR_1)).toEqual([20]);
    const after = await flags();
    expect([flagCount(after, 'nearIdenticalEvents'), flagCount(after, 'outsideGuangdong'), flagCount(after, 'outsidePeriod')]).toEqual([0, 0, 0]);

    const listed = await get<CurrentRowsPage>(operator, `/api/creation-objects/${object.id}/datasets/serviceEvents/current`);
    const marks = Object.fromEntries(listed.rows.map((row) => [row.id, row.voided?.reason ?? null]));
    expect(marks).toEqual({ [e1!]: null, [e2!]: '与政策宣讲会重复录入', [e3!]: '重复录入' });

    const again = await voidEvent(operator, object.id, e2!);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'STATE_CHANGED', message: '该活动已作废，不能重复作废' });

    const audit = await findAuditRecords(db, 'serviceEvent.voided', e2!);
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toMatchObject({ applicationId: object.id, topic: '融资对接会', reason: '与政策宣讲会重复录入' });
  });

  it('refuses another object’s event (404), a missing reason (400), a city (403) and a closed object (409)', async () => {
    const db = t.database.db;
    const object = await newObject();
    const other = await newObject();
    const importId = await insertImport(db, other.id, { dataset: 'serviceEvents' });
    const [otherEvent] = await insertEvents(db, other.id, importId, [{ eventDate: '2026-04-01', topic: '沙龙', participants: codes('Q', 2) }]);
    expect((await voidEvent(operator, object.id, otherEvent!)).statusCode).toBe(404);
    const missing = await voidEvent(operator, other.id, otherEvent!, {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().issues).toEqual([{ path: 'reason', message: expect.stringContaining('作废原因') }]);
    expect((await voidEvent(city, other.id, otherEvent!)).statusCode).toBe(403);

    const closed = await newObject({ state: 'exited' });
    const closedImport = await insertImport(db, closed.id, { dataset: 'serviceEvents' });
    const [closedEvent] = await insertEvents(db, closed.id, closedImport, [{ eventDate: '2026-04-01', topic: '沙龙', participants: codes('Q', 2) }]);
    const refused = await voidEvent(operator, closed.id, closedEvent!);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'DATA_COLLECTION_CLOSED' });
  });
});

describe('是否在园', () => {
  it('an enterprise whose latest row says 否 leaves the base’s figures for that year', async () => {
    const object = await newObject({ carrier: 'base' });
    const enterprise = (creditCode: string, changes: Record<string, string> = {}) => ({
      year: '2026',
      creditCode,
      name: `企业${creditCode.slice(-4)}`,
      industryCode: 'C3981',
      revenue: '1000',
      rdSpending: '50',
      inventionPatents: '1',
      ...changes,
    });
    const [a, b, c] = [fixtureCode('440100', 'RA'), fixtureCode('440100', 'RB'), fixtureCode('440100', 'RC')];
    for (const cells of [enterprise(a), enterprise(b), enterprise(c, { isResident: '是' }), enterprise(b, { isResident: '否' })]) {
      const response = await t.app.inject({ method: 'POST', url: `/api/creation-objects/${object.id}/datasets/baseEnterprises/records`, headers: { ...JSON_HEADERS, cookie: operator.cookie }, payload: { cells } });
      expect(response.statusCode, response.body).toBe(201);
    }
    const { year, facts } = await indicatorFactsRepository.baseFacts(t.database.db, object.id, YEAR_1);
    expect(year).toBe(2026);
    expect(facts.enterpriseCount).toBe(2);
    const listed = await get<CurrentRowsPage>(operator, `/api/creation-objects/${object.id}/datasets/baseEnterprises/current`);
    expect(listed.rows.map((row) => [row.cells.creditCode, row.cells.isResident]).sort()).toEqual([[a, '是'], [b, '否'], [c, '是']].sort());
  });
});

describe('a resource that leaves', () => {
  it('counts in year 1 when its departure is recorded in year 2', async () => {
    const db = t.database.db;
    const object = await newObject();
    const pool = await insertImport(db, object.id, { dataset: 'resources' });
    await insertResources(db, object.id, pool, [
      { kind: 'expert', identifier: '李专家（韶关学院）', startsOn: '2026-02-01', createdAt: new Date('2026-02-01T00:00:00Z') },
      // Reported in year 2: left on 2027-05-31.
      { kind: 'expert', identifier: '李专家（韶关学院）', startsOn: '2026-02-01', endsOn: '2027-05-31', isActive: false, createdAt: new Date('2027-06-01T00:00:00Z') },
      { kind: 'organisation', identifier: fixtureCode('440100', 'JG'), startsOn: '2026-03-01' },
    ]);
    expect(await indicatorFactsRepository.countActiveResources(db, object.id, YEAR_1.endsOn)).toBe(2);
    expect(await indicatorFactsRepository.countActiveResources(db, object.id, '2027-05-31')).toBe(2);
    expect(await indicatorFactsRepository.countActiveResources(db, object.id, '2027-06-01')).toBe(1);
    expect(await indicatorFactsRepository.countActiveResources(db, object.id, YEAR_2.endsOn)).toBe(1);
    expect(await indicatorFactsRepository.countActiveResources(db, object.id, WHOLE.endsOn)).toBe(1);
  });
});

describe('after the creation period', () => {
  it.each([
    ['acceptance_review', 2],
    ['certified', 1],
  ] as const)('%s: records dated before and after the period → outsidePeriod %i', async (state, expected) => {
    const db = t.database.db;
    const object = await newObject({ state });
    const importId = await insertImport(db, object.id);
    const record = (serviceDate: string) => ({ creditCode: fixtureCode('440100', 'D'), enterpriseName: '企业D', divisionCode: '440106', serviceItem: '创业指导', serviceDate });
    await insertServiceRecords(db, object.id, importId, [record('2026-01-04'), record('2026-01-05'), record('2028-01-05'), record('2028-06-01')]);
    expect(flagCount(await get<DataFlagsView>(city, `/api/creation-objects/${object.id}/flags`), 'outsidePeriod')).toBe(expected);
  });

  it('the city may still comment on its object’s reports once data collection has closed', async () => {
    const object = await newObject({ state: 'exited' });
    const summary = await get<CreationObjectSummary>(city, `/api/creation-objects/${object.id}`);
    expect(summary).toMatchObject({ isCollectingData: false, canWrite: false, canComment: true });
    expect((await get<CreationObjectSummary>(operator, `/api/creation-objects/${object.id}`)).canComment).toBe(false);
  });
});
