// The indicator standings (F8 item 1, ADR 0021) kept correct as data arrive: an import through HTTP marks the
// object's standing stale in its transaction and recomputes it after the commit (服务功能情况 flips from 未达到 to 达到
// the 认定 rule of 6 service contents, exactly as the object's own dashboard shows); a void does the same; a failed
// recomputation leaves the row stale and the request still succeeds; the deadline job's backstop computes what is
// missing or stale and follows the calendar into a new creation-period year or a new month.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorDashboardView } from '../../contracts/indicators';
import { indicatorStandingsRepository } from '../../db/repositories/indicator-standings.repository';
import { createCreationObject } from '../../db/testing/creation-builders';
import { insertEvents, insertImport, insertServiceRecords } from '../../db/testing/indicator-data-builders';
import type { LifecycleState } from '../../domain/lifecycle/states';
import { runScheduledJobs } from '../jobs/deadline-job';
import { CODES, RECORD_HEADER, csvOf, importApi } from '../testing/import-requests';
import { createTestApp, JSON_HEADERS, type SignedIn, type TestApp } from '../testing/test-app';
import { rebuildIndicatorStandings, recomputeIndicatorStanding, refreshPendingStandings, settleStandingRefreshes } from './refresh-indicator-standing';

let t: TestApp;
let operator: SignedIn;
let province: SignedIn;
let callYear = 2040;
const TODAY = new Date('2026-11-28T02:00:00Z');
const TODAY_DATE = '2026-11-28';
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp(TODAY);
  operator = await t.signIn('applicant');
  province = await t.signIn('province');
});
afterAll(async () => t.close());

const deps = () => ({ db: t.database.db, clock: t.clock });

async function platform(options: { state?: LifecycleState; platformKind?: null } = {}) {
  callYear += 1;
  return createCreationObject(t.database.db, {
    organisationId: operator.organisationId!,
    callYear,
    startsOn: '2026-01-05',
    ...(options.state ? { state: options.state } : {}),
    ...(options.platformKind === null ? { content: { platformKind: null } as never } : {}),
  });
}

// 综合服务平台 service contents (Attachment 1): 认定 needs 6, 创建 3.
const ITEMS = ['法律法规政策查询辅导', '创业指导', '管理咨询', '人才培训', '人才招聘', '市场拓展'];
const recordRow = (i: number, item: string) => [`S${callYear}-${i}`, CODES[i % CODES.length]!, `企业${i}`, '440106', item, '2026-06-01', '线上', '满意'];

// The recompute runs behind the response (scheduleStandingRefresh): wait for it before reading the row.
const standingAfterRefresh = async (id: string) => {
  await settleStandingRefreshes(t.deps);
  return indicatorStandingsRepository.find(t.database.db, id);
};
const upload = (id: string, rows: string[][]) => importApi(t).upload(id, operator.cookie, '服务记录.csv', csvOf([RECORD_HEADER, ...rows]));
const serviceFunctions = async (id: string) => (await standingAfterRefresh(id))?.indicators.find((i) => i.code === 'platform.serviceFunctions');
const dashboardRow = async (id: string, code: string) => {
  const response = await t.app.inject({ method: 'GET', url: `/api/creation-objects/${id}/indicators?window=1`, headers: { cookie: province.cookie } });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as IndicatorDashboardView).rows.find((r) => r.code === code);
};
const voidRecord = (id: string, recordId: number) =>
  t.app.inject({ method: 'POST', url: `/api/creation-objects/${id}/service-records/${recordId}/void`, headers: { ...JSON_HEADERS, cookie: operator.cookie }, payload: { reason: '重复录入' } });

describe('an import marks the standing stale and recomputes it after the commit', () => {
  it('服务功能情况 goes from 未达到 to 达到 the 认定 rule when the sixth service content arrives, as the dashboard says', async () => {
    const object = await platform();
    expect(await standingAfterRefresh(object.id)).toBeUndefined();

    expect((await upload(object.id, ITEMS.slice(0, 5).map((item, i) => recordRow(i, item)))).statusCode).toBe(201);
    const first = await standingAfterRefresh(object.id);
    expect(first).toMatchObject({ isStale: false, windowStartsOn: '2026-01-05', windowEndsOn: '2027-01-04', standardVersion: 'guangdong-2025-v1', isCertificationMet: false });
    expect(await serviceFunctions(object.id)).toEqual({ code: 'platform.serviceFunctions', isCreationMet: true, isCertificationMet: false });

    expect((await upload(object.id, [recordRow(5, ITEMS[5]!)])).statusCode).toBe(201);
    const second = await standingAfterRefresh(object.id);
    expect(second?.isStale).toBe(false);
    expect(second?.dataChangedAt).not.toBeNull();
    expect(await serviceFunctions(object.id)).toEqual({ code: 'platform.serviceFunctions', isCreationMet: true, isCertificationMet: true });
    // One piece of code: every stored outcome is the object's own dashboard's for the same window.
    for (const indicator of second?.indicators ?? []) {
      const row = await dashboardRow(object.id, indicator.code);
      expect([indicator.code, indicator.isCreationMet, indicator.isCertificationMet]).toEqual([row?.code, row?.creation.passed, row?.certification.passed]);
    }
  });

  it('a void marks it stale and the recomputation takes the voided record out', async () => {
    const object = await platform();
    await upload(object.id, ITEMS.map((item, i) => recordRow(i, item)));
    expect((await serviceFunctions(object.id))?.isCertificationMet).toBe(true);
    const list = await t.app.inject({ method: 'GET', url: `/api/creation-objects/${object.id}/service-records?q=${encodeURIComponent(`S${callYear}-5`)}`, headers: { cookie: operator.cookie } });
    const recordId = (list.json() as { records: { id: number }[] }).records[0]!.id;
    expect((await voidRecord(object.id, recordId)).statusCode).toBe(200);
    expect(await standingAfterRefresh(object.id)).toMatchObject({ isStale: false });
    expect((await serviceFunctions(object.id))?.isCertificationMet).toBe(false);
  });

  it('voiding an offline event marks it stale and recomputes it after the commit', async () => {
    const object = await platform();
    const importId = await insertImport(t.database.db, object.id, { dataset: 'serviceEvents' });
    const [eventId] = await insertEvents(t.database.db, object.id, importId, [{ eventDate: '2026-06-01', topic: '政策宣讲会', participants: CODES }]);
    await recomputeIndicatorStanding(deps(), object.id);
    const later = new Date('2026-11-28T02:01:00Z'); // within the session's idle limit
    try {
      t.clock.set(later);
      const response = await t.app.inject({ method: 'POST', url: `/api/creation-objects/${object.id}/service-events/${eventId}/void`, headers: { ...JSON_HEADERS, cookie: operator.cookie }, payload: { reason: '重复录入' } });
      expect(response.statusCode, response.body).toBe(200);
      expect(await standingAfterRefresh(object.id)).toMatchObject({ isStale: false, dataChangedAt: later, computedAt: later });
    } finally {
      t.clock.set(TODAY);
    }
  });
});

describe('a failed recomputation', () => {
  it('leaves the row stale, and the void still succeeds', async () => {
    // A platform whose application names no platform kind: its dashboard cannot be computed (a data fault).
    const object = await platform({ platformKind: null });
    const importId = await insertImport(t.database.db, object.id);
    const [recordId] = await insertServiceRecords(t.database.db, object.id, importId, [{ creditCode: CODES[0]!, divisionCode: '440106', serviceItem: '创业指导', serviceDate: '2026-06-01' }]);
    const computedAt = new Date('2026-11-01T00:00:00Z');
    const standing = { standardVersion: 'guangdong-2025-v1', windowStartsOn: '2026-01-05', windowEndsOn: '2027-01-04', indicators: [], isCreationMet: false, isCertificationMet: false };
    await indicatorStandingsRepository.upsert(t.database.db, object.id, standing, computedAt);
    await expect(recomputeIndicatorStanding(deps(), object.id)).rejects.toThrow('has no platform kind');

    const response = await voidRecord(object.id, recordId!);
    expect(response.statusCode, response.body).toBe(200);
    const row = await standingAfterRefresh(object.id);
    expect(row).toMatchObject({ isStale: true, computedAt });
    expect(row?.dataChangedAt?.toISOString()).toBe(TODAY.toISOString());
  });
});

describe('the deadline job’s backstop', () => {
  it('computes missing and stale standings and removes those of objects that left the standing states', async () => {
    const object = await platform();
    const certified = await platform({ state: 'certified' });
    const exited = await platform({ state: 'exited' });
    const importId = await insertImport(t.database.db, object.id);
    // Written straight into the tables (no use case): nothing marks it, the job finds it missing.
    await insertServiceRecords(t.database.db, object.id, importId, ITEMS.map((serviceItem, i) => ({ creditCode: CODES[i % CODES.length]!, divisionCode: '440106', serviceItem, serviceDate: '2026-06-01' })));
    await indicatorStandingsRepository.upsert(t.database.db, exited.id, { standardVersion: 'guangdong-2025-v1', windowStartsOn: '2026-01-05', windowEndsOn: '2027-01-04', indicators: [], isCreationMet: false, isCertificationMet: false }, TODAY);

    const result = await runScheduledJobs(deps());
    expect(result.done['indicator-standing.refreshed']).toBeGreaterThanOrEqual(3);
    expect(await serviceFunctions(object.id)).toMatchObject({ isCertificationMet: true });
    // Certified: the last 12 full months before 2026-11-28.
    expect(await standingAfterRefresh(certified.id)).toMatchObject({ isStale: false, windowStartsOn: '2025-11-01', windowEndsOn: '2026-10-31' });
    expect(await standingAfterRefresh(exited.id)).toBeUndefined();

    // Marked stale by a write whose own recomputation did not run: the next run picks it up.
    await indicatorStandingsRepository.markStale(t.database.db, object.id, TODAY);
    const pending = await indicatorStandingsRepository.listPending(t.database.db, { today: '2026-11-28', certifiedWindowEndsOn: '2026-10-31', limit: 1000 });
    expect(pending).toContain(object.id);
    expect(pending).not.toContain(certified.id);
    await runScheduledJobs(deps());
    expect(await standingAfterRefresh(object.id)).toMatchObject({ isStale: false });
  });

  it('treats a standing whose window no longer contains today as stale: a new period year, a new month', async () => {
    const object = await platform();
    const certified = await platform({ state: 'certified' });
    await recomputeIndicatorStanding(deps(), object.id);
    await recomputeIndicatorStanding(deps(), certified.id);
    const pendingOn = (today: string, certifiedWindowEndsOn: string) => indicatorStandingsRepository.listPending(t.database.db, { today, certifiedWindowEndsOn, limit: 1000 });

    // Computed today (Shanghai): not pending today; from tomorrow on, pending, since some facts depend on the day
    // itself (agreements that start or end, entry points as of a day) with no write to mark them (review).
    expect(await pendingOn(TODAY_DATE, '2026-10-31')).not.toContain(object.id);
    expect(await pendingOn(TODAY_DATE, '2026-10-31')).not.toContain(certified.id);
    expect(await pendingOn(nextDay(TODAY_DATE), '2026-10-31')).toEqual(expect.arrayContaining([object.id, certified.id]));
    // A new month moves the certified window even on the day it was computed.
    expect(await pendingOn(TODAY_DATE, '2026-11-30')).toContain(certified.id);

    try {
      t.clock.set(new Date('2027-01-05T02:00:00Z'));
      await runScheduledJobs(deps());
      expect(await standingAfterRefresh(object.id)).toMatchObject({ isStale: false, windowStartsOn: '2027-01-05', windowEndsOn: '2028-01-05' });
      expect(await standingAfterRefresh(certified.id)).toMatchObject({ windowStartsOn: '2026-01-01', windowEndsOn: '2026-12-31' });
      // After the period's last day (acceptance still running) the last year stays the window.
      await recomputeIndicatorStanding({ db: t.database.db, clock: { ...t.clock, today: () => '2028-03-01' } }, object.id);
      expect(await standingAfterRefresh(object.id)).toMatchObject({ windowStartsOn: '2027-01-05', windowEndsOn: '2028-01-05' });
    } finally {
      t.clock.set(TODAY);
    }
  });

  it('the rebuild recomputes every standing and, on data that were followed, finds what was maintained', async () => {
    const object = await platform();
    await upload(object.id, ITEMS.map((item, i) => recordRow(i, item)));
    const maintained = await standingAfterRefresh(object.id);
    const result = await rebuildIndicatorStandings(deps());
    expect(result.computed).toBeGreaterThanOrEqual(1);
    expect(await standingAfterRefresh(object.id)).toEqual(maintained);
  });
});

describe('objects that always fail do not take every run’s places', () => {
  it('the backstop passes over an object that failed today and tries it again the next day', async () => {
    // A database of its own: which objects are pending, and in what order, must be this test's alone.
    const own = await createTestApp(TODAY);
    try {
      const { organisationId } = await own.signIn('applicant');
      const objectOf = (year: number, content?: { platformKind: null }) =>
        createCreationObject(own.database.db, { organisationId: organisationId!, callYear: year, startsOn: '2026-01-05', ...(content ? { content: content as never } : {}) });
      // Two platforms with no platform kind (their dashboards cannot be computed) and one sound one.
      const broken = [await objectOf(2061, { platformKind: null }), await objectOf(2062, { platformKind: null })];
      const sound = await objectOf(2063);
      const ownDeps = { db: own.database.db, clock: own.clock };
      const quiet = { error: () => undefined };

      // Never computed, all three are pending; with room for two, the first run may spend both on the broken ones.
      const first = await refreshPendingStandings(ownDeps, 2, quiet);
      const second = await refreshPendingStandings(ownDeps, 2, quiet);
      expect(first.computed + first.failed + second.computed + second.failed).toBeGreaterThanOrEqual(3);
      expect(await indicatorStandingsRepository.find(own.database.db, sound.id)).toMatchObject({ isStale: false });
      // Later the same day the broken ones are passed over: nothing is tried.
      expect(await refreshPendingStandings(ownDeps, 2, quiet)).toEqual({ computed: 0, removed: 0, failed: 0 });
      // The next day they are tried again (and the sound one, computed yesterday, recomputed).
      own.clock.set(new Date('2026-11-29T02:00:00Z'));
      expect(await refreshPendingStandings(ownDeps, 10, quiet)).toEqual({ computed: 1, removed: 0, failed: 2 });
      for (const object of broken) expect(await indicatorStandingsRepository.find(own.database.db, object.id)).toBeUndefined();
    } finally {
      await own.close();
    }
  });
});
