// The Art. 12 data-quality hints counted by the database at their exact boundaries: the counts in SQL must agree
// with the rules of src/domain/creation-data/data-flags.ts (4 vs 5 records a day, 29 vs 30 answers, the period's
// first and last day, province 44 vs 45, Jaccard exactly 0.9), and voided records never count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataFlagsView } from '../../contracts/indicators';
import { createOrganisation } from '../../db/testing/builders';
import { createCreationObject } from '../../db/testing/creation-builders';
import { insertEvents, insertImport, insertServiceRecords, voidServiceRecord, type RecordValues } from '../../db/testing/indicator-data-builders';
import { fixtureCode } from '../../db/testing/indicator-fixture';
import type { FlagCode } from '../../domain/creation-data/data-flags';
import { createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
let view: DataFlagsView;

const record = (tag: string, serviceDate: string, satisfaction: number | null = null, division = '440100'): RecordValues => ({
  creditCode: fixtureCode(division, tag),
  enterpriseName: `企业${tag}`,
  divisionCode: '440106',
  serviceItem: '创业指导',
  serviceDate,
  satisfaction,
});
const times = (n: number, make: (i: number) => RecordValues) => Array.from({ length: n }, (_, i) => make(i));
const participants = (tag: string, n: number) => Array.from({ length: n }, (_, i) => fixtureCode('440100', `${tag}${i + 1}`));

beforeAll(async () => {
  t = await createTestApp(new Date('2028-03-01T02:00:00Z'));
  const db = t.database.db;
  const operator = await createOrganisation(db, { cityCode: '440100' });
  const { id } = await createCreationObject(db, { organisationId: operator.id, startsOn: '2026-01-05' });

  const first = await insertImport(db, id, { fileName: '一月服务记录.xlsx', rejectedByColumn: { 统一社会信用代码: 4, 企业名称: 2 }, createdAt: new Date('2026-02-01T02:00:00Z') });
  await insertServiceRecords(db, id, first, [
    // 4 records of P on one day: not flagged; 5 of Q: flagged; 5 of R with one voided: 4, not flagged.
    ...times(4, () => record('P', '2026-03-02')),
    ...times(5, () => record('Q', '2026-03-03')),
    // Around the period 2026-01-05 … 2028-01-05: the day before and the day after are flagged.
    record('T1', '2026-01-04'),
    record('T2', '2026-01-05'),
    record('T3', '2028-01-05'),
    record('T4', '2028-01-06'),
    // Registered in 广西 (45): flagged; in 广东 (44): not.
    record('GX', '2026-05-01', null, '450100'),
  ]);
  const [voidedOld] = await insertServiceRecords(db, id, first, [record('T0', '2025-01-01')]);
  await voidServiceRecord(db, id, voidedOld!);
  const rIds = await insertServiceRecords(db, id, first, times(5, () => record('R', '2026-03-04')));
  await voidServiceRecord(db, id, rIds[0]!);

  // 30 answers all 5 in one import: flagged; 29 all 5 in another: not; all 59 together: flagged.
  const thirty = await insertImport(db, id, { fileName: '满意度调查一.xlsx', createdAt: new Date('2026-04-01T02:00:00Z') });
  await insertServiceRecords(db, id, thirty, times(30, (i) => record(`A${i}`, '2026-04-10', 5)));
  const twentyNine = await insertImport(db, id, { fileName: '满意度调查二.xlsx', createdAt: new Date('2026-05-01T02:00:00Z') });
  await insertServiceRecords(db, id, twentyNine, times(29, (i) => record(`B${i}`, '2026-05-10', 5)));

  const events = await insertImport(db, id, { dataset: 'serviceEvents', fileName: '活动.xlsx', rejectedByColumn: { 参加企业统一社会信用代码: 1 }, createdAt: new Date('2026-06-01T02:00:00Z') });
  await insertEvents(db, id, events, [
    // 19 and 19 sharing 18: 18/20 = 0.9 exactly → a pair.
    { eventDate: '2026-06-01', topic: '甲', participants: participants('M', 19) },
    { eventDate: '2026-06-08', topic: '乙', participants: [...participants('M', 18), fixtureCode('440100', 'N1')] },
    // 20 and 19 sharing 18 with 甲/乙 at most: 18/21 → no pair; dated after the period → an outside-period event.
    { eventDate: '2028-02-01', topic: '丙', participants: [...participants('M', 17), ...participants('K', 3)] },
    // A participant registered in 湖南 (43).
    { eventDate: '2026-07-01', topic: '丁', participants: [fixtureCode('430100', 'HN1')] },
  ]);
  const cookie = (await t.signIn('province')).cookie;
  view = (await t.app.inject({ method: 'GET', url: `/api/creation-objects/${id}/flags`, headers: { cookie } })).json() as DataFlagsView;
});
afterAll(async () => t.close());

const flag = (code: FlagCode) => view.flags.find((f) => f.code === code)!;

describe('data-quality hints at their boundaries', () => {
  it('rows refused for a credit-code column, summed over the imports', () => {
    expect([flag('invalidCreditCodes').count, flag('invalidCreditCodes').examples]).toEqual([5, ['一月服务记录.xlsx（2026-02-01）：4行', '活动.xlsx（2026-06-01）：1行']]);
  });

  it('enterprises registered outside 广东 by characters 3–4, from records and event participants', () => {
    expect(flag('outsideGuangdong').count).toBe(2);
    expect(flag('outsideGuangdong').examples).toEqual([fixtureCode('430100', 'HN1'), `${fixtureCode('450100', 'GX')} 企业GX`]);
  });

  it('records and events outside the period, the first and last day inside, voided records left out', () => {
    expect(flag('outsidePeriod').count).toBe(3);
    expect(flag('outsidePeriod').examples).toEqual([`服务记录 2026-01-04 ${fixtureCode('440100', 'T1')} 企业T1`, `服务记录 2028-01-06 ${fixtureCode('440100', 'T4')} 企业T4`, '活动 2028-02-01 丙']);
  });

  it('5 records of one enterprise on one day, not 4, voided ones not counted', () => {
    expect([flag('sameDayRepeats').count, flag('sameDayRepeats').examples]).toEqual([1, [`2026-03-03 ${fixtureCode('440100', 'Q')} 企业Q：5条`]]);
  });

  it('events with participant lists at Jaccard 0.9 exactly, not below', () => {
    expect([flag('nearIdenticalEvents').count, flag('nearIdenticalEvents').examples]).toEqual([1, ['2026-06-01“甲”与2026-06-08“乙”：18家相同，共20家']]);
  });

  it('30 identical answers in an import, not 29; and all the data together', () => {
    expect([flag('identicalAnswers').count, flag('identicalAnswers').examples]).toEqual([2, ['满意度调查一.xlsx（2026-04-01）：30份均为“非常满意”', '全部数据：59份均为“非常满意”']]);
  });

  it('every flag says it is for the reviewers and acted on by no one', () => {
    expect(view.flags.every((f) => f.note === '提示供评审参考，不自动处理')).toBe(true);
  });
});
