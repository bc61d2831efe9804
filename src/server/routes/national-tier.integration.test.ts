// 国家级名单导入 (Art. 9; ADR 0017) through HTTP: the province uploads MIIT's list as a real .xlsx; each row is matched
// by the operator's credit code — one certified entry is marked (a programme entry through the lifecycle), an
// already national one noted, the others left open — and the open rows are resolved by hand (pick an entry, list
// as national-only, dismiss). National entries missing from the list are listed, never unmarked. Only the province
// may do any of it; bad files are 4xx in Chinese, never a 500; every act is audited.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NationalRowView, NationalUploadDetail } from '../../contracts/national-tier';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { registryWriteRepository, type RegistryEntryInsert, type RegistryEntryRow } from '../../db/repositories/registry-write.repository';
import { createOrganisation, makeCreditCode } from '../../db/testing/builders';
import { createCreationObject } from '../../db/testing/creation-builders';
import { randomUUID } from 'node:crypto';
import type { LifecycleState } from '../../domain/lifecycle/states';
import { registrySearchText } from '../../domain/registry/search';
import { projectRegistryEntry } from '../registry/project-registry-entry';
import { multipart } from '../testing/application-requests';
import { createTestApp, JSON_HEADERS, type SignedIn, type TestApp } from '../testing/test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = ['序号', '平台名称', '运营单位', '统一社会信用代码', '类型', '所在地市', '批次'];

let t: TestApp;
let province: SignedIn;
let city: SignedIn;
let applicant: SignedIn;
let expert: SignedIn;
let nextCallYear = 2040;

beforeAll(async () => {
  t = await createTestApp();
  [province, city, applicant, expert] = [await t.signIn('province'), await t.signIn('city'), await t.signIn('applicant'), await t.signIn('expert')];
});
afterAll(async () => t.close());

async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('名单');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const line = (n: number, name: string, operator: string, code: string, extra: string[] = ['示范平台', '广州市', '2025年']) => [n, name, operator, code, ...extra];

function upload(who: SignedIn | null, file: { name: string; bytes: Buffer; type?: string }) {
  const body = multipart({}, { type: XLSX, ...file });
  return t.app.inject({ method: 'POST', url: '/api/national-tier/uploads', headers: { ...body.headers, ...(who ? { cookie: who.cookie } : {}) }, payload: body.payload });
}

async function uploaded(rows: (string | number)[][], name = '2025年国家级示范平台名单.xlsx'): Promise<NationalUploadDetail> {
  const response = await upload(province, { name, bytes: await workbook(rows) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const resolveRow = (who: SignedIn | null, rowId: string, payload: object) =>
  t.app.inject({ method: 'POST', url: `/api/national-tier/rows/${rowId}/resolution`, headers: { ...JSON_HEADERS, ...(who ? { cookie: who.cookie } : {}) }, payload });
const get = (who: SignedIn | null, url: string) => t.app.inject({ method: 'GET', url, headers: who ? { cookie: who.cookie } : {} });

const rowNamed = (detail: NationalUploadDetail, name: string): NationalRowView => {
  const row = detail.rows.find((r) => r.name === name);
  if (!row) throw new Error(`no row ${name}`);
  return row;
};

let entryCounter = 0;

/** An entry without an application (default: the province's earlier list, 已认定), written as a registry writer would. */
async function createRegistryEntry(db: TestApp['database']['db'], overrides: Partial<RegistryEntryInsert> = {}): Promise<RegistryEntryRow> {
  entryCounter += 1;
  const name = overrides.name ?? `测试示范平台${entryCounter}${randomUUID().slice(0, 4)}`;
  const operatorName = overrides.operatorName ?? `测试运营主体${entryCounter}有限公司`;
  const id = randomUUID();
  await registryWriteRepository.upsertEntry(db, {
    id,
    source: 'legacy',
    operatorCreditCode: makeCreditCode(),
    carrier: 'platform',
    platformKind: 'comprehensive',
    cityCode: '440100',
    countyCode: '440106',
    isProvincial: true,
    isNational: false,
    batchYear: 2024,
    status: 'certified',
    updatedAt: t.clock.now(),
    ...overrides,
    name,
    operatorName,
    searchText: registrySearchText({ name, operatorName, formerNames: [], certificateNumber: null }),
  });
  await registryWriteRepository.bumpVersion(db);
  const row = await registryWriteRepository.findEntry(db, id);
  if (!row) throw new Error('entry not written');
  return row;
}

/** A programme entry: an application of a fresh organisation in `state`, projected into the registry. */
async function programmeEntry(state: LifecycleState) {
  nextCallYear += 1;
  const organisation = await createOrganisation(t.database.db);
  const application = await createCreationObject(t.database.db, { organisationId: organisation.id, state, callYear: nextCallYear });
  await projectRegistryEntry(t.database.db, t.deps, application.id);
  const entry = await registryWriteRepository.findEntry(t.database.db, application.id);
  if (!entry) throw new Error('programme entry not projected');
  return { application, organisation, entry };
}

describe('uploading MIIT’s list (Art. 9)', () => {
  let detail: NationalUploadDetail;
  const codes = { unmatched: makeCreditCode('440300'), ambiguous: makeCreditCode() };
  let legacy: RegistryEntryRow;
  let national: RegistryEntryRow;
  let creating: RegistryEntryRow;
  let absent: RegistryEntryRow;
  let twins: RegistryEntryRow[];
  let programme: Awaited<ReturnType<typeof programmeEntry>>;
  let reReview: Awaited<ReturnType<typeof programmeEntry>>;

  beforeAll(async () => {
    legacy = await createRegistryEntry(t.database.db, { name: '广州工业设计公共服务平台' });
    national = await createRegistryEntry(t.database.db, { name: '深圳国家级老平台', isNational: true });
    creating = await createRegistryEntry(t.database.db, { name: '创建中平台', status: 'creating' });
    absent = await createRegistryEntry(t.database.db, { name: '这次名单没有的国家级平台', isNational: true });
    twins = [
      await createRegistryEntry(t.database.db, { name: '双胞胎平台甲', operatorCreditCode: codes.ambiguous }),
      await createRegistryEntry(t.database.db, { name: '双胞胎基地乙', operatorCreditCode: codes.ambiguous, carrier: 'base', platformKind: null }),
    ];
    programme = await programmeEntry('certified');
    reReview = await programmeEntry('re_review');
    detail = await uploaded([
      ['2025年度国家中小企业公共服务示范平台名单'],
      HEADER,
      line(1, '广州工业设计公共服务平台', legacy.operatorName, legacy.operatorCreditCode!),
      line(2, programme.entry.name, programme.organisation.name, ` ${programme.organisation.creditCode.toLowerCase()} `),
      line(3, '深圳国家级老平台', national.operatorName, national.operatorCreditCode!),
      line(4, '创建中平台', creating.operatorName, creating.operatorCreditCode!),
      line(5, '双胞胎平台甲', '双胞胎运营', codes.ambiguous),
      line(6, '深圳新国家级平台', '深圳某科技有限公司', codes.unmatched, ['示范平台', '广东省深圳市', '2025年']),
      line(7, '代码写错的平台', '某公司', '91440300ABC'),
      line(8, reReview.entry.name, reReview.organisation.name, reReview.organisation.creditCode),
      [],
    ]);
  });

  it('matches each row by credit code and reads the title line above the header', () => {
    expect(detail.title).toBe('2025年度国家中小企业公共服务示范平台名单');
    expect(detail.fileName).toBe('2025年国家级示范平台名单.xlsx');
    expect(detail.rowCount).toBe(8);
    expect(detail.rows.map((r) => [r.rowNumber, r.outcome])).toEqual([
      [3, 'marked'],
      [4, 'marked'],
      [5, 'already_national'],
      [6, 'not_certified'],
      [7, 'ambiguous'],
      [8, 'unmatched'],
      [9, 'unmatched'],
      [10, 'not_certified'],
    ]);
    expect(detail.counts).toEqual({ marked: 2, already_national: 1, not_certified: 2, ambiguous: 1, unmatched: 2 });
    expect(detail.openCount).toBe(5);
    expect(rowNamed(detail, '广州工业设计公共服务平台')).toMatchObject({ outcomeLabel: '已标注国家级', isOpen: false, entry: { id: legacy.id, isNational: true } });
    expect(rowNamed(detail, '创建中平台')).toMatchObject({ isOpen: true, entry: { id: creating.id, statusLabel: '创建中' } });
    expect(rowNamed(detail, '双胞胎平台甲').candidates.map((c) => c.id).sort()).toEqual(twins.map((e) => e.id).sort());
    expect(rowNamed(detail, '代码写错的平台')).toMatchObject({ isCreditCodeValid: false, candidates: [] });
    expect(rowNamed(detail, '深圳新国家级平台')).toMatchObject({ suggestedCityCode: '440300', suggestedCarrier: 'platform' });
  });

  it('marks a legacy entry directly and a programme entry through the lifecycle', async () => {
    const entry = await registryWriteRepository.findEntry(t.database.db, legacy.id);
    expect(entry?.isNational).toBe(true);
    const marked = await auditLogRepository.findByObject(t.database.db, 'registry_entry', legacy.id);
    expect(marked.map((a) => a.action)).toEqual(['registry_entry.marked_national']);

    const application = await applicationsRepository.findById(t.database.db, programme.application.id);
    expect(application).toMatchObject({ state: 'certified', facts: expect.objectContaining({ isNational: true }) });
    const audit = await auditLogRepository.findByObject(t.database.db, 'application', programme.application.id);
    expect(audit.map((a) => a.action)).toContain('application.mark_national');
    // The registry entry follows the application's facts (projection, ADR 0017).
    await projectRegistryEntry(t.database.db, t.deps, programme.application.id);
    expect((await registryWriteRepository.findEntry(t.database.db, programme.application.id))?.isNational).toBe(true);

    // A programme entry in re-review is 已认定 to the public, but the lifecycle marks only from certified.
    expect((await applicationsRepository.findById(t.database.db, reReview.application.id))?.facts.isNational).not.toBe(true);
  });

  it('lists national entries the list does not name, and leaves them national', async () => {
    expect(detail.absentNational.map((e) => e.id)).toContain(absent.id);
    expect(detail.absentNational.map((e) => e.id)).not.toContain(national.id);
    expect((await registryWriteRepository.findEntry(t.database.db, absent.id))?.isNational).toBe(true);
  });

  it('shows the upload in the list, newest first, with counts; audited', async () => {
    const response = await get(province, '/api/national-tier/uploads');
    expect(response.statusCode, response.body).toBe(200);
    const summary = response.json().find((u: { id: string }) => u.id === detail.id);
    expect(summary).toMatchObject({ rowCount: 8, openCount: 5, counts: { marked: 2 } });
    expect(summary.uploadedByName).toEqual(expect.any(String));
    const audit = await auditLogRepository.findByObject(t.database.db, 'national_tier_upload', detail.id);
    expect(audit.map((a) => a.action)).toEqual(['national_tier.uploaded']);
    expect(audit[0]?.after).toMatchObject({ rowCount: 8, counts: { marked: 2, unmatched: 2 } });
  });

  it('resolves an ambiguous row by picking the entry: marked, history line, audited', async () => {
    const row = rowNamed(detail, '双胞胎平台甲');
    const response = await resolveRow(province, row.id, { action: 'match', entryId: twins[0]!.id });
    expect(response.statusCode, response.body).toBe(200);
    expect(rowNamed(response.json(), '双胞胎平台甲')).toMatchObject({ outcome: 'manually_matched', isOpen: false, isResolvedManually: true, entry: { id: twins[0]!.id, isNational: true } });
    expect((await registryWriteRepository.findEntry(t.database.db, twins[1]!.id))?.isNational).toBe(false);
    const history = await get(null, `/api/v1/registry/${twins[0]!.id}`);
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json()).toMatchObject({ isNational: true, levels: ['national', 'provincial'] });
    expect(history.json().history.map((h: { kind: string }) => h.kind)).toContain('national_marked');
    const audit = await auditLogRepository.findByObject(t.database.db, 'national_tier_row', row.id);
    expect(audit.map((a) => a.action)).toEqual(['national_tier.row_manually_matched']);

    const again = await resolveRow(province, row.id, { action: 'dismiss', reason: '重复' });
    expect(again.statusCode, again.body).toBe(409);
    expect(again.json().message).toContain('该行已处理');
  });

  it('lists an unmatched row as a national-only entry the public registry shows as 国家级', async () => {
    const row = rowNamed(detail, '深圳新国家级平台');
    const response = await resolveRow(province, row.id, { action: 'create', cityCode: '440300', carrier: 'platform' });
    expect(response.statusCode, response.body).toBe(200);
    const resolved = rowNamed(response.json(), '深圳新国家级平台');
    expect(resolved).toMatchObject({ outcome: 'created', entry: { name: '深圳新国家级平台', isNational: true, isProvincial: false, cityName: '深圳市' } });
    const entry = await registryWriteRepository.findEntry(t.database.db, resolved.entry!.id);
    expect(entry).toMatchObject({ source: 'miit', status: 'certified', operatorCreditCode: codes.unmatched, batchYear: 2025, countyCode: '440300' });
    const pub = await get(null, `/api/v1/registry/${resolved.entry!.id}`);
    expect(pub.statusCode, pub.body).toBe(200);
    expect(pub.json()).toMatchObject({ levels: ['national'], statusLabel: '已认定' });
    const audit = await auditLogRepository.findByObject(t.database.db, 'registry_entry', resolved.entry!.id);
    expect(audit.map((a) => a.action)).toEqual(['registry_entry.created_national']);
  });

  it('dismisses a row with a reason, shown with the row', async () => {
    const row = rowNamed(detail, '代码写错的平台');
    const response = await resolveRow(province, row.id, { action: 'dismiss', reason: '与第3行重复，代码抄写有误' });
    expect(response.statusCode, response.body).toBe(200);
    expect(rowNamed(response.json(), '代码写错的平台')).toMatchObject({ outcome: 'dismissed', outcomeLabel: '已确认无需处理', dismissReason: '与第3行重复，代码抄写有误' });
    const audit = await auditLogRepository.findByObject(t.database.db, 'national_tier_row', row.id);
    expect(audit.map((a) => a.action)).toEqual(['national_tier.row_dismissed']);
  });

  it('refuses to mark an entry that is not 已认定 (409 in Chinese), leaving the row open', async () => {
    const legacyRow = rowNamed(detail, '创建中平台');
    const refused = await resolveRow(province, legacyRow.id, { action: 'match', entryId: creating.id });
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().message).toContain('只有已认定的条目可以标注为国家级');
    const programmeRow = rowNamed(detail, reReview.entry.name);
    const lifecycle = await resolveRow(province, programmeRow.id, { action: 'match', entryId: reReview.entry.id });
    expect(lifecycle.statusCode, lifecycle.body).toBe(409);
    const after = await get(province, `/api/national-tier/uploads/${detail.id}`);
    expect(rowNamed(after.json(), '创建中平台').isOpen).toBe(true);
  });

  it.each([
    [{ action: 'create', carrier: 'platform' }, 'cityCode', '请选择所在地市'],
    [{ action: 'create', cityCode: '440100', carrier: 'platform', countyCode: '440305' }, 'countyCode', '所在区县不属于所选地市'],
    [{ action: 'create', cityCode: '440100' }, 'carrier', '请选择载体类型'],
    [{ action: 'dismiss', reason: '  ' }, 'reason', '请填写无需处理的理由'],
    [{ action: 'dismiss', reason: '长'.repeat(201) }, 'reason', '理由不能超过200个字'],
    [{ action: 'match', entryId: 'abc' }, 'entryId', '信息数据库条目格式有误'],
    [{ action: 'match', entryId: '00000000-0000-4000-8000-000000000001' }, 'entryId', '信息数据库中没有该条目'],
    [{ action: 'unmark' }, 'action', '请选择处理方式'],
  ])('400 naming the field: %j', async (payload, path, message) => {
    const row = rowNamed(detail, '创建中平台');
    const response = await resolveRow(province, row.id, payload);
    expect(response.statusCode, response.body).toBe(400);
    const issue = (response.json().issues as { path: string; message: string }[]).find((i) => i.path === path);
    expect(issue?.message ?? '').toContain(message);
  });

  it('404 for a row that does not exist, 400 for a malformed id', async () => {
    expect((await resolveRow(province, '00000000-0000-4000-8000-000000000002', { action: 'dismiss', reason: '无' })).statusCode).toBe(404);
    expect((await resolveRow(province, 'not-a-row', { action: 'dismiss', reason: '无' })).statusCode).toBe(400);
    expect((await get(province, '/api/national-tier/uploads/00000000-0000-4000-8000-000000000003')).statusCode).toBe(404);
  });

  it('finds entries to pick by part of a name or by credit code', async () => {
    const byName = await get(province, `/api/national-tier/entries?q=${encodeURIComponent('双胞胎')}`);
    expect(byName.statusCode, byName.body).toBe(200);
    expect(byName.json().map((e: { id: string }) => e.id).sort()).toEqual(twins.map((e) => e.id).sort());
    const byCode = await get(province, `/api/national-tier/entries?q=${codes.ambiguous.toLowerCase()}`);
    expect(byCode.json()).toHaveLength(2);
    expect((await get(province, '/api/national-tier/entries?q=a')).statusCode).toBe(400);
  });
});

describe('searching the registry for a row’s entry', () => {
  it('lists in the registry’s neutral order: city, county, name, id (Art. 8)', async () => {
    const token = `排序${randomUUID().slice(0, 6)}`;
    // By code point 丙 (U+4E19) < 乙 (U+4E59) < 甲 (U+7532); the county comes before the name, so 丙 (440106) is last.
    const last = await createRegistryEntry(t.database.db, { name: `丙${token}`, countyCode: '440106' });
    const second = await createRegistryEntry(t.database.db, { name: `甲${token}`, countyCode: '440103' });
    const first = await createRegistryEntry(t.database.db, { name: `乙${token}`, countyCode: '440103' });
    const response = await get(province, `/api/national-tier/entries?q=${encodeURIComponent(token)}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().map((e: { id: string }) => e.id)).toEqual([first.id, second.id, last.id]);
  });

  it.each([
    // Measured after normaliseSearch: inner spaces collapse, so 25 + 1 + 24 characters are 50.
    [`${'平'.repeat(25)}${' '.repeat(30)}${'台'.repeat(24)}`, 200, ''],
    ['平'.repeat(51), 400, '搜索词（q）不能超过50个字'],
    // Half-width ﾊ and ﾟ are one パ after NFKC: one character.
    ['\uFF8A\uFF9F', 400, '搜索词（q）至少2个字'],
    ['   ', 400, '搜索词（q）至少2个字'],
  ])('q=%j → %i', async (q, status, message) => {
    const response = await get(province, `/api/national-tier/entries?q=${encodeURIComponent(q)}`);
    expect(response.statusCode, response.body).toBe(status);
    if (message) expect(response.json().issues).toEqual([expect.objectContaining({ path: 'q', message })]);
  });
});

describe('a second row of an operator just marked', () => {
  it('reads 原已为国家级 (the list is matched in order)', async () => {
    const entry = await createRegistryEntry(t.database.db);
    const detail = await uploaded([HEADER, line(1, entry.name, entry.operatorName, entry.operatorCreditCode!), line(2, `${entry.name}（重复）`, entry.operatorName, entry.operatorCreditCode!)]);
    expect(detail.rows.map((r) => r.outcome)).toEqual(['marked', 'already_national']);
    expect(detail.title).toBe('2025年国家级示范平台名单');
  });
});

describe('bad files are refused in Chinese, nothing stored', () => {
  async function refused(file: { name: string; bytes: Buffer }, status: number, message: string) {
    const before = (await get(province, '/api/national-tier/uploads')).json().length;
    const response = await upload(province, file);
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json().message).toContain(message);
    expect((await get(province, '/api/national-tier/uploads')).json()).toHaveLength(before);
  }

  it('a sheet without the credit-code column names the column', async () => {
    await refused({ name: 'list.xlsx', bytes: await workbook([['平台名称', '运营主体'], ['某平台', '某公司']]) }, 400, '“统一社会信用代码”');
  });

  it('aliases are accepted: 基地名称 / 运营主体', async () => {
    const entry = await createRegistryEntry(t.database.db, { carrier: 'base', platformKind: null });
    const detail = await uploaded([['基地名称', '运营主体', '统一社会信用代码'], [entry.name, entry.operatorName, entry.operatorCreditCode!]]);
    expect(detail.rows[0]).toMatchObject({ outcome: 'marked', carrierText: null, cityText: null });
  });

  it('a row without a name, an empty sheet, a header without rows', async () => {
    await refused({ name: 'list.xlsx', bytes: await workbook([HEADER, line(1, '', '某公司', makeCreditCode())]) }, 400, '第2行的“平台名称”为空');
    await refused({ name: 'list.xlsx', bytes: await workbook([]) }, 400, '工作表是空的');
    await refused({ name: 'list.xlsx', bytes: await workbook([HEADER]) }, 400, '没有数据行');
  });

  it('a damaged workbook → 400; a CSV or a PDF → 415', async () => {
    await refused({ name: 'list.xlsx', bytes: Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 7)]) }, 400, '无法读取该Excel文件');
    await refused({ name: 'list.csv', bytes: Buffer.from('平台名称,运营主体,统一社会信用代码\n') }, 415, '不是Excel工作簿');
    await refused({ name: 'list.pdf', bytes: Buffer.from('%PDF-1.4\n') }, 415, '.xlsx');
  });

  it('an empty .xlsx part → 400 like every other unreadable file', async () => {
    const response = await upload(province, { name: '名单.xlsx', bytes: Buffer.alloc(0) });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', message: '文件“名单.xlsx”是空的：请上传工业和信息化部名单的.xlsx文件' });
    expect(response.json().issues).toEqual([expect.objectContaining({ path: 'file' })]);
  });

  it('blank lines count towards the limit: more than 9000 lines read → 400', async () => {
    const entry = await createRegistryEntry(t.database.db);
    const blankLines = Array.from({ length: 9000 }, () => [' ']);
    await refused({ name: 'list.xlsx', bytes: await workbook([HEADER, line(1, entry.name, entry.operatorName, entry.operatorCreditCode!), ...blankLines]) }, 400, '名单超过9000行（含空行）');
    // 9000 lines in all are read.
    const detail = await uploaded([HEADER, line(1, entry.name, entry.operatorName, entry.operatorCreditCode!), ...blankLines.slice(2)]);
    expect(detail.rowCount).toBe(1);
  });

  it('only the first 30 columns are looked at: a stray cell at XFD is not a data line', async () => {
    const entry = await createRegistryEntry(t.database.db);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('名单');
    sheet.addRow(HEADER);
    sheet.addRow(line(1, entry.name, entry.operatorName, entry.operatorCreditCode!));
    sheet.getCell('XFD3').value = '备注';
    sheet.getCell('AE4').value = '第31列的备注';
    sheet.getCell('AD5').value = '第30列的备注';
    const response = await upload(province, { name: 'list.xlsx', bytes: Buffer.from(await book.xlsx.writeBuffer()) });
    // Rows 3 and 4 hold nothing in the first 30 columns (blank); row 5 does, so it is a line without a name.
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().message).toContain('第5行的“平台名称”为空');
  });

  it('no file part → 400', async () => {
    const body = multipart({ note: 'x' });
    const response = await t.app.inject({ method: 'POST', url: '/api/national-tier/uploads', headers: { ...body.headers, cookie: province.cookie }, payload: body.payload });
    expect(response.statusCode, response.body).toBe(400);
  });
});

describe('only the province manages the national tier', () => {
  it.each([
    ['anonymous', 401],
    ['city', 403],
    ['applicant', 403],
    ['expert', 403],
  ] as const)('%s → %i on every route', async (who, status) => {
    const signedIn = { anonymous: null, city, applicant, expert }[who];
    const bytes = await workbook([HEADER, line(1, '某平台', '某公司', makeCreditCode())]);
    const before = await get(province, '/api/national-tier/uploads');
    expect((await upload(signedIn, { name: 'list.xlsx', bytes })).statusCode).toBe(status);
    expect((await get(signedIn, '/api/national-tier/uploads')).statusCode).toBe(status);
    expect((await get(signedIn, '/api/national-tier/uploads/00000000-0000-4000-8000-000000000004')).statusCode).toBe(status);
    expect((await resolveRow(signedIn, '00000000-0000-4000-8000-000000000005', { action: 'dismiss', reason: '无' })).statusCode).toBe(status);
    expect((await get(signedIn, '/api/national-tier/entries?q=平台')).statusCode).toBe(status);
    expect((await get(province, '/api/national-tier/uploads')).json()).toHaveLength(before.json().length);
  });
});
