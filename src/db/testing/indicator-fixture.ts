// THE HAND-COUNT FIXTURE of the indicator dashboard (F4 "Done when": the figures match a hand count on a small
// fixture). A 韶关 (440200) comprehensive platform and a base, each with a creation period from 2026-01-05 to
// 2028-01-05: year 1 is 2026-01-05 … 2027-01-04, year 2 2027-01-05 … 2028-01-05. Every row is listed below, and
// the counts are worked out by hand next to the rows (and asserted in
// src/server/routes/indicator-dashboard.integration.test.ts and e2e/creation-indicators.spec.ts).
import { creditCodeCheckCharacter } from '../../domain/credit-code/credit-code';
import type { Db } from '../client';
import {
  insertBaseEnterprises,
  insertBaseProfile,
  insertEntries,
  insertEvents,
  insertImport,
  insertLibraryCounts,
  insertResources,
  insertServiceRecords,
  voidServiceRecord,
} from './indicator-data-builders';

/** A valid credit code registered in `division` (chars 3–8) with a readable identifier ending in `tag`. */
export function fixtureCode(division: string, tag: string): string {
  const first17 = `91${division}MA5${tag.padStart(6, '0')}`;
  const check = creditCodeCheckCharacter(first17);
  if (!check) throw new Error(`tag ${tag} uses a letter outside the credit-code alphabet`);
  return first17 + check;
}

/** Enterprises A–F are registered in 韶关; X in 南宁 (450100), outside 广东. */
export const ENTERPRISES = {
  A: fixtureCode('440200', 'A'),
  B: fixtureCode('440200', 'B'),
  C: fixtureCode('440200', 'C'),
  D: fixtureCode('440200', 'D'),
  E: fixtureCode('440200', 'E'),
  F: fixtureCode('440200', 'F'),
  X: fixtureCode('450100', 'X'),
};

const participants = (tag: string, from: number, count: number) => Array.from({ length: count }, (_, i) => fixtureCode('440200', `${tag}${from + i}`));

/**
 * 12 service records. Divisions are 韶关's counties (10 in all): 440203 武江区, 440204 浈江区, 440205 曲江区,
 * 440222 始兴县, 440224 仁化县. Satisfaction 4 and 5 are satisfied.
 *
 *  #  date        enterprise county  item        answer
 *  1  2026-02-10  A          440203  创业指导     5
 *  2  2026-02-10  A          440203  管理咨询     4
 *  3  2026-03-15  B          440204  人才培训     3
 *  4  2026-06-01  C          440205  创业指导     –
 *  5  2026-09-09  A          440203  创业指导     2
 *  6  2026-12-20  D          440203  投融资       5   voided (作废): never counts
 *  7  2027-01-04  E          440222  市场拓展     4   last day of year 1
 *  8  2027-01-05  B          440204  创业指导     5   first day of year 2
 *  9  2027-05-05  C          440205  法律与合规   1
 * 10  2027-08-08  X          440224  出海服务     5   X is registered outside 广东 (a flag, still served)
 * 11  2028-01-05  E          440222  创业指导     4   last day of the period
 * 12  2025-12-31  F          440203  诉求受理     5   before the period: in no window (a flag)
 *
 * Year 1 (#1–5, 7): served A B C E = 4; counties 440203 440204 440205 440222 = 4/10 = 40%;
 *   answers #1 #2 #3 #5 #7 = 5, satisfied #1 #2 #7 = 3 → 60%; items 创业指导 管理咨询 人才培训 市场拓展 = 4.
 * Year 2 (#8–11): served B C X E = 4; counties 440204 440205 440224 440222 = 4/10 = 40%;
 *   answers 4, satisfied #8 #10 #11 = 3 → 75%; items 创业指导 法律与合规 出海服务 = 3.
 * Whole period (#1–5, 7–11): served A B C E X = 5; counties 5/10 = 50%; answers 9, satisfied 6 → 66.7%;
 *   items 6 (创业指导 管理咨询 人才培训 市场拓展 法律与合规 出海服务).
 *
 * 4 events, participants P1…: E1 2026-04-01 14 (P1–P14); E2 2026-07-01 15 (P1–P15); E3 2027-03-01 16 (P1–P15 and
 * Q1); E4 2027-09-01 15 (P1–P13, R1, R2).
 *   Year 1: E1, E2 → counted (15 or more) 1. Year 2: E3, E4 → 2. Whole: 3 of 4.
 *   Near-identical (flag): E2–E3 share 15 of 16 = 93.75% ≥ 90% → 1 pair; E1–E2 (14/15) is not compared, E1 has
 *   only 14 participants; E2–E4 13/17, E3–E4 13/18 are far apart.
 *
 * Resource pool (counted on the window's last day, the clock being after the period):
 *   O1 organisation from 2025-06-01, open-ended (reported twice: one resource);
 *   O2 organisation 2026-03-01 … 2027-06-30; K1 expert from 2026-01-10, later reported as left on 2026-08-31;
 *   K2 expert from 2027-02-01; K3 expert from 2027-03-01.
 *   Year 1 (2027-01-04): O1 O2 = 2. Year 2 and whole (2028-01-05): O1 K2 K3 = 3.
 *
 * Entries: PC www (5 min, from 2026-01-05); 小程序 (10 min from 2026-06-01, 7 min from 2027-03-01); APP without
 *   registration from 2027-06-01.
 *   Year 1 (2027-01-04): PC + mobile, longest registration 10 min → 认定 fails the 8 minutes.
 *   Year 2 and whole (2028-01-05): PC + mobile, longest registration 7 min.
 *
 * Libraries: 中小企业库 1000 (2026-01-05) → 1100 (2027-12-31), +10%; 法律政策库 200 with policy push; 服务机构库 80;
 *   服务产品案例库 40 → 41 (2027-06-30), +2.5%.
 *
 * Imports refused 2 + 1 rows for credit codes (统一社会信用代码, 参加企业统一社会信用代码) → flag count 3.
 */
export async function seedPlatformFixture(db: Db, applicationId: string): Promise<{ voidedRecordId: number }> {
  const { A, B, C, D, E, F, X } = ENTERPRISES;
  const records = await insertImport(db, applicationId, { fileName: '服务记录.xlsx', rejectedByColumn: { 统一社会信用代码: 2, 服务日期: 1 } });
  const ids = await insertServiceRecords(db, applicationId, records, [
    { creditCode: A, enterpriseName: '韶关甲科技有限公司', divisionCode: '440203', serviceItem: '创业指导', serviceDate: '2026-02-10', satisfaction: 5 },
    { creditCode: A, enterpriseName: '韶关甲科技有限公司', divisionCode: '440203', serviceItem: '管理咨询', serviceDate: '2026-02-10', satisfaction: 4 },
    { creditCode: B, enterpriseName: '韶关乙制造有限公司', divisionCode: '440204', serviceItem: '人才培训', serviceDate: '2026-03-15', satisfaction: 3 },
    { creditCode: C, enterpriseName: '韶关丙贸易有限公司', divisionCode: '440205', serviceItem: '创业指导', serviceDate: '2026-06-01' },
    { creditCode: A, enterpriseName: '韶关甲科技有限公司', divisionCode: '440203', serviceItem: '创业指导', serviceDate: '2026-09-09', satisfaction: 2 },
    { creditCode: D, enterpriseName: '韶关丁物流有限公司', divisionCode: '440203', serviceItem: '投融资', serviceDate: '2026-12-20', satisfaction: 5 },
    { creditCode: E, enterpriseName: '韶关戊食品有限公司', divisionCode: '440222', serviceItem: '市场拓展', serviceDate: '2027-01-04', satisfaction: 4 },
    { creditCode: B, enterpriseName: '韶关乙制造有限公司', divisionCode: '440204', serviceItem: '创业指导', serviceDate: '2027-01-05', satisfaction: 5 },
    { creditCode: C, enterpriseName: '韶关丙贸易有限公司', divisionCode: '440205', serviceItem: '法律与合规', serviceDate: '2027-05-05', satisfaction: 1 },
    { creditCode: X, enterpriseName: '南宁庚电子有限公司', divisionCode: '440224', serviceItem: '出海服务', serviceDate: '2027-08-08', satisfaction: 5 },
    { creditCode: E, enterpriseName: '韶关戊食品有限公司', divisionCode: '440222', serviceItem: '创业指导', serviceDate: '2028-01-05', satisfaction: 4 },
    { creditCode: F, enterpriseName: '韶关己建材有限公司', divisionCode: '440203', serviceItem: '诉求受理', serviceDate: '2025-12-31', satisfaction: 5 },
  ]);
  const voidedRecordId = ids[5]!;
  await voidServiceRecord(db, applicationId, voidedRecordId);

  const events = await insertImport(db, applicationId, { dataset: 'serviceEvents', fileName: '线下活动.xlsx', rejectedByColumn: { 参加企业统一社会信用代码: 1 } });
  await insertEvents(db, applicationId, events, [
    { eventDate: '2026-04-01', topic: '惠企政策宣讲会', participants: participants('P', 1, 14) },
    { eventDate: '2026-07-01', topic: '融资对接会', participants: participants('P', 1, 15) },
    { eventDate: '2027-03-01', topic: '数字化转型培训', participants: [...participants('P', 1, 15), ...participants('Q', 1, 1)] },
    { eventDate: '2027-09-01', topic: '专精特新沙龙', participants: [...participants('P', 1, 13), ...participants('R', 1, 2)] },
  ]);

  const pool = await insertImport(db, applicationId, { dataset: 'resources', fileName: '服务资源池.xlsx' });
  await insertResources(db, applicationId, pool, [
    { kind: 'organisation', identifier: fixtureCode('440200', 'JG1'), startsOn: '2025-06-01', createdAt: new Date('2026-02-01T00:00:00Z') },
    { kind: 'organisation', identifier: fixtureCode('440200', 'JG1'), startsOn: '2025-06-01', createdAt: new Date('2026-08-01T00:00:00Z') },
    { kind: 'organisation', identifier: fixtureCode('440200', 'JG2'), startsOn: '2026-03-01', endsOn: '2027-06-30' },
    { kind: 'expert', identifier: '李专家（韶关学院）', startsOn: '2026-01-10', createdAt: new Date('2026-02-01T00:00:00Z') },
    { kind: 'expert', identifier: '李专家（韶关学院）', startsOn: '2026-01-10', endsOn: '2026-08-31', isActive: false, createdAt: new Date('2026-09-01T00:00:00Z') },
    { kind: 'expert', identifier: '王专家（华南理工大学）', startsOn: '2027-02-01' },
    { kind: 'expert', identifier: '陈专家（广东工业大学）', startsOn: '2027-03-01' },
  ]);

  const entries = await insertImport(db, applicationId, { dataset: 'entryPoints', source: 'form', fileName: null });
  await insertEntries(db, applicationId, entries, [
    { kind: 'pc', address: 'https://www.sgsme.example.cn', registrationMinutes: 5, asOf: '2026-01-05' },
    { kind: 'mobile', address: '韶关中小企业服务小程序', registrationMinutes: 10, asOf: '2026-06-01' },
    { kind: 'mobile', address: '韶关中小企业服务小程序', registrationMinutes: 7, asOf: '2027-03-01' },
    { kind: 'mobile', mobileType: 'app', address: '韶关中小企业服务APP', registrationMinutes: null, asOf: '2027-06-01' },
  ]);

  const libraries = await insertImport(db, applicationId, { dataset: 'libraryCounts', source: 'form', fileName: null });
  await insertLibraryCounts(db, applicationId, libraries, [
    { library: 'sme', asOf: '2026-01-05', count: 1000 },
    { library: 'sme', asOf: '2027-12-31', count: 1100 },
    { library: 'policy', asOf: '2026-01-05', count: 200, hasPolicyPush: true },
    { library: 'organisation', asOf: '2026-01-05', count: 80 },
    { library: 'product', asOf: '2026-01-05', count: 40 },
    { library: 'product', asOf: '2027-06-30', count: 41 },
  ]);
  return { voidedRecordId };
}

/**
 * A base. Revenue and R&D in 万元. Year 1 uses reporting year 2026 (its 12-31 is in year 1), year 2 and the whole
 * period 2027.
 *
 * 2026, leading industry C398 (a 中类), incubator and industry fund:
 *   G1 C3981 revenue 1000, R&D 30, 专精特新 — corrected later to revenue 1200, R&D 36 (the latest row counts)
 *   G2 C3982 revenue 500, R&D 5, 高新技术企业;  G3 C2710 revenue 300, R&D 9;  G4 I6510 revenue 0, R&D 10, 单项冠军
 *   → 4 enterprises; leading revenue 1200 + 500 = 1700 of 2000 = 85%;
 *     R&D intensity per enterprise with revenue: 3%, 1%, 3% → mean 2.333…% (G4 has no revenue, left out);
 *     quality (20 + 2 + 1) / 4 = 575%; carriers 2.
 * 2027, leading industry "398" (digits only: the same 中类) and C27 (a 大类), incubator and tech platform:
 *   G1 C3981 revenue 1000, R&D 10, 小巨人;  G3 C2710 revenue 1000, R&D 40;  G5 F5110 revenue 2000, R&D 20, 科技型
 *   → 3 enterprises; leading 2000 of 4000 = 50% exactly; R&D 1%, 4%, 1% → 2% exactly;
 *     quality (10 + 1) / 3 = 366.7%; carriers 2.
 * One activity (2026-05-01, 20 participants).
 */
export async function seedBaseFixture(db: Db, applicationId: string): Promise<void> {
  const code = (tag: string) => fixtureCode('440200', tag);
  const enterprises = await insertImport(db, applicationId, { dataset: 'baseEnterprises', fileName: '入驻企业.xlsx' });
  await insertBaseEnterprises(db, applicationId, enterprises, [
    { year: 2026, creditCode: code('G1'), industryCode: 'C3981', revenue: 1000, rdSpending: 30, qualityCategory: 'specialised', createdAt: new Date('2026-03-01T00:00:00Z') },
    { year: 2026, creditCode: code('G1'), industryCode: 'C3981', revenue: 1200, rdSpending: 36, qualityCategory: 'specialised', createdAt: new Date('2026-04-01T00:00:00Z') },
    { year: 2026, creditCode: code('G2'), industryCode: 'C3982', revenue: 500, rdSpending: 5, qualityCategory: 'highTech' },
    { year: 2026, creditCode: code('G3'), industryCode: 'C2710', revenue: 300, rdSpending: 9 },
    { year: 2026, creditCode: code('G4'), industryCode: 'I6510', revenue: 0, rdSpending: 10, qualityCategory: 'champion' },
    { year: 2027, creditCode: code('G1'), industryCode: 'C3981', revenue: 1000, rdSpending: 10, qualityCategory: 'littleGiant' },
    { year: 2027, creditCode: code('G3'), industryCode: 'C2710', revenue: 1000, rdSpending: 40 },
    { year: 2027, creditCode: code('G5'), industryCode: 'F5110', revenue: 2000, rdSpending: 20, qualityCategory: 'techSme' },
  ]);
  const profiles = await insertImport(db, applicationId, { dataset: 'baseProfiles', source: 'form', fileName: null });
  await insertBaseProfile(db, applicationId, profiles, { year: 2026, leadingIndustryCodes: ['C398'], hasIncubator: true, hasTechPlatform: false, hasIndustryFund: true });
  await insertBaseProfile(db, applicationId, profiles, { year: 2027, leadingIndustryCodes: ['398', 'C27'], hasIncubator: true, hasTechPlatform: true, hasIndustryFund: false });
  const activities = await insertImport(db, applicationId, { dataset: 'baseActivities', fileName: '基地服务活动.xlsx' });
  await insertEvents(db, applicationId, activities, [{ eventDate: '2026-05-01', topic: '产融对接活动', participants: Array.from({ length: 20 }, (_, i) => code(`H${i + 1}`)) }]);
}
