// The creation-period data (F4; Art. 13: "通过数据采集和共享跟踪分析服务成效") the demo programme's creation objects and
// certified platforms/bases have reported, so the 统计看板's indicator standings (ADR 0021) show objects meeting and
// missing each certification threshold rather than none: a platform's service records, offline events, resource pool
// and service entries (Attachment 1), a base's resident enterprises and profile (Attachment 2). Each object meets or
// misses each threshold on a draw of its own, more often the further it has come; a 2025 object's current period year
// began on 2026-08-27, so its yearly figures are three months' worth and fall short, as a real one's would. Rows are as
// the import engine stores them (a data_imports row per dataset and object; record and event keys hashed from each
// row's identity, record-key.ts, so importing the same record again stores it once).
import { getTableColumns, sql, type InferInsertModel } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { ApplicationContent } from '../../domain/applications/application-content';
import { addDays } from '../../domain/calendar/day-arithmetic';
import { creationPeriod } from '../../domain/creation-data/creation-period';
import { recordKeyOf, recordKeyToBigInt } from '../../domain/creation-data/record-key';
import { expertIdentifier } from '../../domain/creation-data/rows/resources';
import { serviceEventIdentity } from '../../domain/creation-data/rows/service-events';
import { serviceRecordIdentity } from '../../domain/creation-data/rows/service-records';
import { CREDIT_CODE_ALPHABET, creditCodeCheckCharacter } from '../../domain/credit-code/credit-code';
import { standingWindowOf } from '../../domain/oversight/standing';
import type { PlainDate } from '../../domain/shared/plain-date';
import { CURRENT_STANDARD_SET } from '../../domain/standards/standard-sets';
import type { QualityCategory } from '../../domain/standards/types';
import type { Db } from '../client';
import { rawClientOf } from '../raw-client';
import { baseEnterprises, baseProfiles, dataImports, entryPoints, resourceEntries, serviceEvents } from '../schema/index';
import type { PlannedPath } from './demo-programme-plan';
import { DEMO_PROGRAMME_AS_OF } from './demo-programme-reports';
import { personName, type Place } from './registry-names';
import type { Random } from './seeded-random';

export interface DemoCreationObject { applicationId: string; path: PlannedPath; content: ApplicationContent; place: Place }

/** The chance that an object meets one certification threshold, by how far it has come. */
const MEET_CHANCE: Record<string, number> = { certified: 0.7, acceptance_review: 0.7, acceptance_submitted: 0.7, creating: 0.35 };
const ALPHABET = [...CREDIT_CODE_ALPHABET];
const WORDS = ['华', '信', '瑞', '恒', '汇', '盛', '德', '宏', '创', '佳', '联', '鑫', '诚', '嘉', '锐', '泰', '远', '博', '通', '粤'];
const TRADES = ['电子科技', '精密机械', '新材料', '智能装备', '生物科技', '信息技术', '食品', '家居', '五金制品', '包装材料', '环保科技', '模具'];
const EMPLOYERS = ['华南理工大学', '中山大学', '广东工业大学', '暨南大学', '广东省科学院', '深圳大学', '广东财经大学'];
const TOPICS = ['专精特新企业培育对接会', '惠企政策宣讲会', '数字化转型诊断活动', '产融对接会', '知识产权保护培训', '出海合规沙龙', '人才招聘专场'];
// A leading industry is named by a 中类 of GB/T 4754 (Attachment 2 note 1); its enterprises report 小类 under it.
const INDUSTRIES = [
  { name: '电子元件及电子专用材料制造', code: 'C398', classes: ['C3981', 'C3982', 'C3985'] }, { name: '智能消费设备制造', code: 'C396', classes: ['C3961', 'C3962', 'C3969'] },
  { name: '医疗仪器设备及器械制造', code: 'C358', classes: ['C3581', 'C3584', 'C3586'] },
];
const OTHER_CLASSES = ['C3311', 'C2922', 'I6513', 'M7320', 'L7212', 'C3824'];
// Most enterprises in the lower categories; Attachment 2 note 2 weighs each.
const QUALITY_DRAW: Record<QualityCategory, number> = { champion: 1, littleGiant: 4, specialised: 15, highTech: 30, techSme: 30, innovativeSme: 20 };
const QUALITY_WEIGHT = Object.fromEntries(CURRENT_STANDARD_SET.qualityCategories.map((c) => [c.key, c.weight])) as Record<QualityCategory, number>;

interface Enterprise { code: string; name: string; division: string }
type Rows<T extends PgTable> = InferInsertModel<T>[];
/** Everything to insert, gathered first: a few large statements are far quicker on PGlite than many small ones. */
interface Batch {
  imports: Rows<typeof dataImports>; events: Rows<typeof serviceEvents>; resources: Rows<typeof resourceEntries>; entries: Rows<typeof entryPoints>;
  enterprises: Rows<typeof baseEnterprises>; profiles: Rows<typeof baseProfiles>;
  /** Per platform: each record's key as its two 32-bit halves, and its other fields packed into one int (seedPlatform). */
  records: { applicationId: string; importId: string; keysHi: number[]; keysLo: number[]; packed: number[]; pool: Enterprise[]; items: string[]; startsOn: PlainDate }[];
}
/** One object being seeded: its period's first day, its standing window (standing.ts) and its last day with data. */
interface Seeding {
  random: Random; batch: Batch; object: DemoCreationObject; startsOn: PlainDate; window: { startsOn: PlainDate; endsOn: PlainDate }; endsOn: PlainDate;
  meets: (weight?: number) => boolean; importedAt: Date;
}

const daysBetween = (from: PlainDate, to: PlainDate) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** Inserts the data of every object in a standing state; returns the number of service records. */
export async function insertDemoCreationData(tx: Db, random: Random, objects: readonly DemoCreationObject[]): Promise<number> {
  const batch: Batch = { imports: [], events: [], resources: [], entries: [], enterprises: [], profiles: [], records: [] };
  for (const object of objects) {
    const period = creationPeriod(object.path);
    const window = period && standingWindowOf(object.path.state, period, DEMO_PROGRAMME_AS_OF);
    if (!period || !window) continue;
    // A certified object goes on serving after its period (Art. 13); any other stops at the period's end (data-flags.ts).
    const endsOn = object.path.state === 'certified' || period.endsOn > DEMO_PROGRAMME_AS_OF ? DEMO_PROGRAMME_AS_OF : period.endsOn;
    // How well the object does across the board: a strong one meets most thresholds, a weak one few.
    const chance = (MEET_CHANCE[object.path.state] ?? 0) * (0.5 + random.next());
    const seeding = { random, batch, object, startsOn: period.startsOn, window, endsOn, meets: (weight = 1) => random.chance(chance * weight), importedAt: new Date(`${endsOn}T10:00:00+08:00`) };
    if (object.content.carrier === 'base') seedBase(seeding);
    else seedPlatform(seeding);
  }
  await insertRows(tx, dataImports, batch.imports);
  // One object after another in id order: each BRIN block range then holds one object or two, and once summarised
  // the index finds an object's records without reading the others' (the standings read them object by object).
  // Each record is two ints of key and one packed int, joined to the object's enterprises and items: the import's
  // binary COPY (service-records.repository.ts) takes about twice as long on PGlite.
  for (const r of batch.records.sort((a, b) => (a.applicationId < b.applicationId ? -1 : 1))) {
    // Ids from the column's sequence, as rows written outside an import take (ADR 0014).
    await tx.execute(sql`INSERT INTO service_records (application_id, import_id, record_key, credit_code, enterprise_name, division_code, service_item, service_date, channel, satisfaction)
      SELECT ${r.applicationId}::uuid, ${r.importId}::uuid, (u.hi::bigint << 32) | (u.lo::bigint & 4294967295), p.code, p.name, p.division, i.item, ${r.startsOn}::date + ((u.x >> 16) & 1023),
        CASE WHEN (u.x >> 29) & 1 = 1 THEN 'offline' ELSE 'online' END, nullif((u.x >> 26) & 7, 0)::smallint
      FROM unnest(${sql.param(r.keysHi)}::int[], ${sql.param(r.keysLo)}::int[], ${sql.param(r.packed)}::int[]) AS u(hi, lo, x)
      JOIN unnest(${sql.param(r.pool.map((e) => e.code))}::text[], ${sql.param(r.pool.map((e) => e.name))}::text[], ${sql.param(r.pool.map((e) => e.division))}::text[])
        WITH ORDINALITY AS p(code, name, division, n) ON p.n = (u.x & 4095) + 1
      JOIN unnest(${sql.param(r.items)}::text[]) WITH ORDINALITY AS i(item, n) ON i.n = ((u.x >> 12) & 15) + 1`);
  }
  // PGlite has no autovacuum to summarise the new block ranges and gather the statistics that make the planner use them
  // (PostgreSQL's does both; there the application's role need not own the table, which both would require).
  if (rawClientOf(tx).kind === 'pglite') {
    await tx.execute(sql`SELECT brin_summarize_new_values('service_records_application_brin')`);
    await tx.execute(sql`ANALYZE service_records`);
  }
  await insertRows(tx, serviceEvents, batch.events);
  await insertRows(tx, resourceEntries, batch.resources);
  await insertRows(tx, entryPoints, batch.entries);
  await insertRows(tx, baseEnterprises, batch.enterprises);
  await insertRows(tx, baseProfiles, batch.profiles);
  return batch.records.reduce((sum, r) => sum + r.packed.length, 0);
}

/**
 * Rows in one statement as one JSON parameter: a multi-row VALUES of thousands of rows takes PGlite about twice as long
 * (a parameter per field). Columns left out take their defaults.
 */
async function insertRows<T extends PgTable>(tx: Db, table: T, rows: InferInsertModel<T>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const keys = Object.keys(rows[0]!);
  const names = sql.raw(keys.map((key) => columns[key]!.name).join(', '));
  const json = JSON.stringify(rows.map((row) => Object.fromEntries(keys.map((key) => [columns[key]!.name, row[key as keyof typeof row]]))), (_, value: unknown) => (typeof value === 'bigint' ? String(value) : value));
  await tx.execute(sql`INSERT INTO ${table} (${names}) SELECT ${names} FROM json_populate_recordset(NULL::${table}, ${json}::json)`);
}

function addImport(s: Seeding, dataset: string, fileName: string, rows: number): string {
  const id = s.random.uuid();
  s.batch.imports.push({ id, applicationId: s.object.applicationId, dataset, source: 'file', fileName, totalRows: rows, acceptedRows: rows, duplicateRows: 0, rejectedRows: 0, rejectedByColumn: {}, createdAt: s.importedAt });
  return id;
}

/** A GB 32100 code of an enterprise registered in `division` (a county, or the city of a 东莞/中山 town). */
function enterpriseCode(random: Random, division: string, taken: Set<string>): string {
  for (;;) {
    const first17 = `91${division}MA${Array.from({ length: 7 }, () => random.pick(ALPHABET)).join('')}`;
    const code = first17 + (creditCodeCheckCharacter(first17) ?? '');
    if (!taken.has(code)) return (taken.add(code), code);
  }
}

const enterpriseName = (random: Random, place: Place) => `${place.city.name.slice(0, -1)}${random.pick(WORDS)}${random.pick(WORDS)}${random.pick(TRADES)}有限公司`;

/** The object's time cut at its standing window: a ramp-up before it, the full yearly level in and after it. */
function slicesOf(s: Seeding, rampLevel: number): { startsOn: PlainDate; days: number; level: number }[] {
  const cuts: [PlainDate, PlainDate, number][] = [
    [s.startsOn, addDays(s.window.startsOn, -1), rampLevel],
    [s.window.startsOn, s.window.endsOn < s.endsOn ? s.window.endsOn : s.endsOn, 1],
    [addDays(s.window.endsOn, 1), s.endsOn, 1],
  ];
  return cuts.filter(([from, to]) => from <= to).map(([from, to, level]) => ({ startsOn: from, days: daysBetween(from, to) + 1, level }));
}

function seedPlatform(s: Seeding): void {
  const { random, batch, object: { content, place, applicationId } } = s;
  const items = random.sample(CURRENT_STANDARD_SET.serviceItems[content.platformKind ?? 'comprehensive'], 11);
  // Attachment 1 (certification): 年服务中小企业3000家以上, coverage 50%, satisfaction 90%, 6 service items.
  const served = s.meets(0.6) ? random.int(3000, 3150) : random.chance(0.3) ? random.int(500, 990) : random.int(1000, 1500);
  const itemCount = s.meets() ? random.int(6, items.length) : random.int(2, 5);
  const satisfied = (s.meets() ? random.int(92, 97) : random.int(76, 88)) / 100;
  // Coverage counts the region's next level (divisions.ts); a county-level platform's has none to count.
  const regionDivisions = content.region === place.city.code ? place.city.children : [place.county];
  const covered = random.sample(regionDivisions, Math.max(1, Math.round((regionDivisions.length * (s.meets() ? random.int(55, 100) : random.int(20, 45))) / 100)));
  const taken = new Set<string>();
  const pool = Array.from({ length: Math.ceil(served * 1.05) }, (_, index): Enterprise => {
    const division = covered[index % covered.length]!.code;
    return { code: enterpriseCode(random, division.length === 6 ? division : place.city.code, taken), name: enterpriseName(random, place), division };
  });
  const dates = Array.from({ length: daysBetween(s.startsOn, s.endsOn) + 1 }, (_, day) => addDays(s.startsOn, day));
  const [keysHi, keysLo, packed]: [number[], number[], number[]] = [[], [], []];
  const seen = new Set<string>();
  let offset = 0;
  const slices = slicesOf(s, random.int(10, 20) / 100);
  for (const slice of slices) {
    // Each enterprise of the slice's share of the pool is served once, a few twice.
    const distinct = Math.min(pool.length, Math.round((served * slice.level * slice.days) / 365));
    const first = daysBetween(s.startsOn, slice.startsOn);
    for (let n = 0; n < Math.round(distinct * 1.04); n += 1) {
      const enterprise = (offset + (n < distinct ? n : random.int(0, distinct - 1))) % pool.length;
      const item = random.int(0, itemCount - 1);
      const day = first + random.int(0, slice.days - 1);
      const answer = random.chance(0.35) ? (random.chance(satisfied) ? random.int(4, 5) : random.pick([3, 3, 3, 3, 3, 3, 2, 2, 2, 1])) : 0;
      const channel = random.chance(0.7) ? 'online' : 'offline';
      const { code, name, division } = pool[enterprise]!;
      const key = recordKeyOf(serviceRecordIdentity({ externalId: null, creditCode: code, enterpriseName: name, divisionCode: division, serviceItem: items[item]!, serviceDate: dates[day]!, channel, satisfaction: answer || null }));
      // The same service entered twice is one record (an import would drop the second).
      if (seen.has(`${key.hi}:${key.lo}`)) continue;
      seen.add(`${key.hi}:${key.lo}`);
      keysHi.push(key.hi);
      keysLo.push(key.lo | 0);
      // Enterprise (12 bits), item (4), day of the period (10), answer (3; 0 for none), offline (1).
      packed.push(enterprise | (item << 12) | (day << 16) | (answer << 26) | (channel === 'offline' ? 1 << 29 : 0));
    }
    offset += distinct;
  }
  batch.records.push({ applicationId, importId: addImport(s, 'serviceRecords', '服务记录.xlsx', packed.length), keysHi, keysLo, packed, pool, items, startsOn: s.startsOn });

  // 年开展线下专题服务活动10次以上（每场活动15家以上企业参加）: about one in seven events draws fewer and does not count.
  const eventsPerYear = s.meets() ? random.int(12, 18) : random.int(4, 10);
  const events = slices.flatMap((slice) => {
    const count = Math.round((eventsPerYear * slice.level * slice.days) / 365);
    return Array.from({ length: count }, (_, index) => {
      const participantCodes = random.sample(pool, index < count - Math.round(count * 0.15) ? random.int(16, 60) : random.int(6, 14)).map((e) => e.code).sort();
      const row = { externalId: null, eventDate: addDays(slice.startsOn, random.int(0, slice.days - 1)), topic: random.pick(TOPICS), participantCodes };
      return { ...row, eventKey: recordKeyToBigInt(recordKeyOf(serviceEventIdentity(row))), participantCount: participantCodes.length };
    });
  });
  const eventImport = addImport(s, 'serviceEvents', '线下服务活动.xlsx', events.length);
  batch.events.push(...events.map((e) => ({ ...e, applicationId, importId: eventImport })));

  // 汇聚服务机构（专家）数量不少于150家（人）: every agreement signed before the window and still running.
  const experts = new Set<string>();
  const resources = Array.from({ length: s.meets() ? random.int(150, 180) : random.int(70, 140) }, () => {
    const isOrganisation = random.chance(0.6);
    let person = '';
    let identifier = isOrganisation ? enterpriseCode(random, place.city.code, taken) : '';
    while (!identifier || experts.has(identifier)) {
      person = personName(random);
      identifier = expertIdentifier(person, random.pick(EMPLOYERS));
    }
    experts.add(identifier);
    const name = isOrganisation ? `${place.city.name}${random.pick(WORDS)}${random.pick(WORDS)}${random.pick(['咨询有限公司', '律师事务所', '检测有限公司', '会计师事务所'])}` : person;
    const agreementStartsOn = addDays(s.window.startsOn, -random.int(0, 700));
    return { kind: isOrganisation ? 'organisation' : 'expert', identifier, name, field: random.pick(items), agreementStartsOn };
  });
  const resourceImport = addImport(s, 'resources', '服务资源池.xlsx', resources.length);
  batch.resources.push(...resources.map((r) => ({ ...r, applicationId, importId: resourceImport, createdAt: s.importedAt })));

  // 同时具备电脑端及移动端服务入口，用户无需注册或注册流程在8分钟以内完成.
  const isConvenient = s.meets();
  const registrationMinutes = isConvenient ? (random.chance(0.3) ? null : random.int(2, 8)) : random.int(9, 15);
  const site = `gd${random.int(10000, 99999)}`;
  const hasMobile = isConvenient || random.chance(0.5);
  const entryImport = addImport(s, 'entryPoints', '服务入口.xlsx', hasMobile ? 2 : 1);
  const entry = { applicationId, importId: entryImport, registrationMinutes, asOf: s.startsOn };
  batch.entries.push({ ...entry, kind: 'pc', mobileType: null, address: `https://www.${site}.cn` });
  if (hasMobile) batch.entries.push({ ...entry, kind: 'mobile', mobileType: 'h5', address: `https://m.${site}.cn` });
}

function seedBase(s: Seeding): void {
  const { random, object, batch } = s;
  // Figures come from the latest year whose 31 December falls in the window (indicator-facts.repository.ts).
  const endYear = Number(s.window.endsOn.slice(0, 4));
  const judgedYear = `${endYear}-12-31` <= s.window.endsOn ? endYear : endYear - 1;
  // Attachment 2 (certification): 入驻中小企业100家以上, 主导产业营收占比不低于60%, 优质中小企业占比超过35%.
  const residents = s.meets() ? random.int(100, 150) : random.chance(0.3) ? random.int(55, 79) : random.int(80, 99);
  const isLeadingMet = s.meets();
  const leadingShare = (isLeadingMet ? random.int(62, 85) : random.int(40, 56)) / 100;
  const isQualityMet = s.meets();
  const qualityShare = (isQualityMet ? random.int(38, 60) : random.int(15, 33)) / 100;
  const rdIntensity = (s.meets() ? random.int(22, 40) : random.int(10, 19)) / 1000;
  const carriers = random.sample(['incubator', 'techPlatform', 'industryFund'], s.meets() ? random.int(2, 3) : 1);
  const industry = random.pick(INDUSTRIES);
  const taken = new Set<string>();
  const division = object.place.county.code.length === 6 ? object.place.county.code : object.place.city.code;
  const pool = Array.from({ length: residents }, () => ({ code: enterpriseCode(random, division, taken), name: enterpriseName(random, object.place) }));
  const firstYear = Number(s.startsOn.slice(0, 4));
  const landArea = random.int(200, 1500);
  const rows: Omit<Rows<typeof baseEnterprises>[number], 'applicationId' | 'importId'>[] = [];
  const profileImport = addImport(s, 'baseProfiles', '基地基本情况.xlsx', judgedYear - firstYear + 1);
  for (let year = firstYear; year <= judgedYear; year += 1) {
    const members = pool.slice(0, Math.round(residents * (1 - 0.1 * (judgedYear - year))));
    const revenues = members.map(() => random.int(300, 20_000));
    const total = revenues.reduce((sum, r) => sum + r, 0);
    let leading = 0;
    let weighted = 0;
    for (const [index, member] of members.entries()) {
      const revenue = revenues[index]!;
      // A met share overshoots its target and a missed one stays under it, so no one enterprise tips it over.
      const isLeading = isLeadingMet ? leading < leadingShare * total : leading + revenue <= leadingShare * total;
      if (isLeading) leading += revenue;
      const category = random.weighted(QUALITY_DRAW);
      const hasCategory = isQualityMet ? weighted < qualityShare * members.length : weighted + QUALITY_WEIGHT[category] <= qualityShare * members.length;
      if (hasCategory) weighted += QUALITY_WEIGHT[category];
      const rdSpending = Math.round(revenue * rdIntensity * (0.5 + random.next()) * 100) / 100;
      rows.push({ year, creditCode: member.code, name: member.name, industryCode: random.pick(isLeading ? industry.classes : OTHER_CLASSES), revenue, rdSpending, inventionPatents: random.int(0, 8), qualityCategory: hasCategory ? category : null, createdAt: s.importedAt });
    }
    const [hasIncubator, hasTechPlatform, hasIndustryFund] = ['incubator', 'techPlatform', 'industryFund'].map((carrier) => carriers.includes(carrier));
    batch.profiles.push({ applicationId: object.applicationId, importId: profileImport, year, leadingIndustry: industry.name, leadingIndustryCodes: [industry.code], landArea, employees: members.length * 40, hasIncubator: hasIncubator!, hasTechPlatform: hasTechPlatform!, hasIndustryFund: hasIndustryFund!, createdAt: s.importedAt });
  }
  const enterpriseImport = addImport(s, 'baseEnterprises', '入驻企业.xlsx', rows.length);
  batch.enterprises.push(...rows.map((r) => ({ ...r, applicationId: object.applicationId, importId: enterpriseImport })));
}
