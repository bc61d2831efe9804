// 评估验收 through HTTP, the operator's side (F5 item 1; Art. 7(3); ADR 0015): who sees the acceptance, the draft
// (only in creation, the row created on the first save), the evidence files (type by bytes, at most 20, the draft's
// files the operator's own), the submission (from the period's last day, everything filled in, the lockVersion),
// and the province's list (60 days ahead, neutral order, the auditor reads).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { acceptanceRepository } from '../../db/repositories/acceptance.repository';
import { notificationsRepository } from '../../db/repositories/notifications.repository';
import { createAcceptanceObject } from '../../db/testing/acceptance-builders';
import type { LifecycleState } from '../../domain/lifecycle/states';
import { EXE_BYTES, multipart, PDF_BYTES, PNG_BYTES } from '../testing/application-requests';
import { JSON_HEADERS, type SignedIn } from '../testing/test-app';
import { startCreationCast, type CreationCast } from '../testing/creation-cast';

let nextCallYear = 2060;

// Today is 2028-01-10 in Asia/Shanghai.
const NOW = new Date('2028-01-10T02:00:00Z');
const TODAY = '2028-01-10';

let { t, operator, otherOperator, gz, sz, province, auditor } = {} as CreationCast;
beforeAll(async () => {
  ({ t, operator, otherOperator, gz, sz, province, auditor } = await startCreationCast(NOW));
});
afterAll(async () => t.close());
afterEach(() => t.clock.set(NOW));

const newObject = (endsOn: string, state: LifecycleState = 'creating', isExtended = false) =>
  createAcceptanceObject(t.database.db, { organisationId: operator.organisationId ?? '', endsOn, state, isExtended, callYear: (nextCallYear += 1) });

const base = (id: string) => `/api/creation-objects/${id}/acceptance`;
const get = (who: SignedIn, id: string) => t.app.inject({ method: 'GET', url: base(id), headers: { cookie: who.cookie } });
const send = (who: SignedIn, method: 'PUT' | 'POST' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { ...(payload ? JSON_HEADERS : { 'x-requested-with': 'shifan' }), cookie: who.cookie }, ...(payload ? { payload } : {}) });
const FULL_DRAFT = {
  summary: '两年来平台累计服务中小企业6500家，建成线上服务大厅。',
  goalReports: [
    { goalIndex: 0, achieved: '第一年服务3200家，第二年服务3300家。' },
    { goalIndex: 1, achieved: '两年满意度分别为91%和93%。' },
  ],
};
const saveDraft = (who: SignedIn, id: string, body: object = FULL_DRAFT) => send(who, 'PUT', `${base(id)}/draft`, body);
const submit = (who: SignedIn, id: string, lockVersion: number) => send(who, 'POST', `${base(id)}/submit`, { lockVersion });
const upload = (who: SignedIn, id: string, file: { name: string; bytes: Buffer }) => {
  const body = multipart({}, file);
  return t.app.inject({ method: 'POST', url: `${base(id)}/evidence`, headers: { ...body.headers, cookie: who.cookie }, payload: body.payload });
};
const download = (who: SignedIn, id: string, fileId: string) => t.app.inject({ method: 'GET', url: `${base(id)}/evidence/${fileId}`, headers: { cookie: who.cookie } });

describe('the acceptance view', () => {
  it.each([
    ['2028-02-01', '创建期至2028-02-01；届满当日起可申请评估验收', false],
    [TODAY, '创建期至2028-01-10，今日届满，可申请评估验收', true],
    ['2028-01-09', '创建期至2028-01-09，已届满；可申请评估验收，省工业和信息化厅将组织评估验收', true],
  ])('for a period ending %s says “%s” and lets the operator submit: %s', async (endsOn, text, canSubmit) => {
    const object = await newObject(endsOn);
    const response = await get(operator, object.id);
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json();
    expect(view).toMatchObject({ statusText: text, currentAttempt: 1, attempts: [], canDraft: true, canSubmit, canStart: false, canDecide: false, submitOpensOn: endsOn });
    expect(view.goals).toEqual([
      { indicatorCode: 'platform.servedEnterprises', indicatorName: '服务企业情况', target: '年服务中小企业3000家以上' },
      { indicatorCode: 'platform.satisfaction', indicatorName: '服务满意度情况', target: '服务满意度达到90%以上' },
    ]);
  });

  it('is read by the operator, its city, the province and the auditor; others get 404, an expert 403', async () => {
    const object = await newObject('2028-01-09');
    for (const who of [operator, gz, province, auditor]) expect((await get(who, object.id)).statusCode).toBe(200);
    for (const who of [otherOperator, sz]) expect((await get(who, object.id)).statusCode).toBe(404);
    expect((await get(await t.signIn('expert'), object.id)).statusCode).toBe(403);
    expect((await get(province, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await get(province, 'not-a-uuid')).statusCode).toBe(400);
    // Only the province may start, and only after the period's last day.
    expect((await get(province, object.id)).json()).toMatchObject({ canDraft: false, canSubmit: false, canStart: true });
  });
});

describe('the draft', () => {
  it('creates the attempt on the first save, updates it after, and stays the operator’s own until submitted', async () => {
    const object = await newObject('2028-02-01');
    const first = await saveDraft(operator, object.id, { summary: '初稿', goalReports: [{ goalIndex: 1, achieved: '满意度92%' }] });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().attempts).toEqual([
      expect.objectContaining({
        attempt: 1,
        status: 'draft',
        statusLabel: '填写中',
        summary: '初稿',
        goalReports: [expect.objectContaining({ goalIndex: 0, achieved: '' }), expect.objectContaining({ goalIndex: 1, indicatorName: '服务满意度情况', achieved: '满意度92%' })],
      }),
    ]);
    expect((await saveDraft(operator, object.id)).json().attempts[0]).toMatchObject({ summary: FULL_DRAFT.summary });
    const [row] = (await acceptanceRepository.listByApplication(t.database.db, object.id)).map((r) => r.review);
    expect(row).toMatchObject({ attempt: 1, summary: FULL_DRAFT.summary, submittedAt: null });
    expect((await auditLogRepository.findByObject(t.database.db, 'acceptance_review', row?.id ?? '')).map((a) => a.action)).toEqual(['acceptance.draft_saved', 'acceptance.draft_saved']);
    for (const who of [gz, province, auditor]) expect((await get(who, object.id)).json().attempts).toEqual([]);
  });

  it('refuses goals the plan does not have, repeated goals, the city, another operator and a submitted object', async () => {
    const object = await newObject('2028-02-01');
    const wrong = await saveDraft(operator, object.id, { summary: '', goalReports: [{ goalIndex: 2, achieved: 'x' }, { goalIndex: 0, achieved: 'a' }, { goalIndex: 0, achieved: 'b' }] });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().issues).toEqual([
      { path: 'goalReports.0.goalIndex', message: '创建方案共有2项创建目标，没有第3项' },
      { path: 'goalReports.2.goalIndex', message: '第1项创建目标的完成情况重复填写' },
    ]);
    expect((await saveDraft(operator, object.id, { ...FULL_DRAFT, extra: 1 })).statusCode).toBe(400);
    expect((await saveDraft(gz, object.id)).statusCode).toBe(403);
    expect((await saveDraft(otherOperator, object.id)).statusCode).toBe(404);
    const submitted = await newObject('2028-01-09', 'acceptance_submitted');
    const late = await saveDraft(operator, submitted.id);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', message: '当前状态为“已申请验收”，不能再修改评估验收申请' });
  });
});

describe('evidence files', () => {
  it('takes PDF and PNG by their bytes, refuses anything else, and lists, serves and removes them', async () => {
    const object = await newObject('2028-01-09');
    const pdf = await upload(operator, object.id, { name: '服务台账汇总.pdf', bytes: PDF_BYTES });
    expect(pdf.statusCode, pdf.body).toBe(201);
    expect(pdf.json()).toMatchObject({ name: '服务台账汇总.pdf', sizeBytes: PDF_BYTES.length, mediaType: 'application/pdf' });
    const png = await upload(operator, object.id, { name: '活动照片.png', bytes: PNG_BYTES });
    expect(png.json().mediaType).toBe('image/png');
    const exe = await upload(operator, object.id, { name: '总结.pdf', bytes: EXE_BYTES });
    expect(exe.statusCode).toBe(415);
    expect(exe.json().message).toBe('文件“总结.pdf”不是PDF、JPG或PNG格式（按文件内容识别），请转换后重新上传');
    expect((await upload(gz, object.id, { name: 'a.pdf', bytes: PDF_BYTES })).statusCode).toBe(403);
    expect((await upload(otherOperator, object.id, { name: 'a.pdf', bytes: PDF_BYTES })).statusCode).toBe(404);

    const view = (await get(operator, object.id)).json();
    expect(view.attempts[0].evidence.map((e: { name: string }) => e.name)).toEqual(['服务台账汇总.pdf', '活动照片.png']);
    const fileId = pdf.json().fileId as string;
    const file = await download(operator, object.id, fileId);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PDF_BYTES)).toBe(true);
    // Before the submission the draft's files are the operator's own.
    expect((await download(province, object.id, fileId)).statusCode).toBe(404);

    const removed = await send(operator, 'DELETE', `${base(object.id)}/evidence/${png.json().fileId}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().attempts[0].evidence.map((e: { fileId: string }) => e.fileId)).toEqual([fileId]);
    expect((await send(operator, 'DELETE', `${base(object.id)}/evidence/${png.json().fileId}`)).statusCode).toBe(404);
  });

  it('takes at most 20 files', async () => {
    const object = await newObject('2028-02-01');
    for (let i = 1; i <= 20; i += 1) expect((await upload(operator, object.id, { name: `佐证${i}.pdf`, bytes: PDF_BYTES })).statusCode).toBe(201);
    const extra = await upload(operator, object.id, { name: '佐证21.pdf', bytes: PDF_BYTES });
    expect(extra.statusCode).toBe(400);
    expect(extra.json()).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'file', message: '佐证材料最多20个' }] });
  });
});

describe('submitting', () => {
  it('is refused before the period’s last day with the lifecycle’s reason', async () => {
    const object = await newObject('2028-01-11');
    await saveDraft(operator, object.id);
    const early = await submit(operator, object.id, object.lockVersion);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'TRANSITION_PRECONDITION_FAILED', message: '暂不能办理“申请评估验收”：创建期至2028-01-11届满，届满当日起方可申请评估验收。' });
  });

  it('names every missing part, and leaves the state as it was', async () => {
    const object = await newObject(TODAY);
    expect((await submit(operator, object.id, object.lockVersion)).json().issues).toEqual([
      { path: 'summary', message: '请填写创建工作总结' },
      { path: 'goalReports.0.achieved', message: '请填写创建目标“年服务中小企业3000家以上”的完成情况' },
      { path: 'goalReports.1.achieved', message: '请填写创建目标“服务满意度达到90%以上”的完成情况' },
    ]);
    await saveDraft(operator, object.id, { summary: '  ', goalReports: [FULL_DRAFT.goalReports[0]] });
    const partly = await submit(operator, object.id, object.lockVersion);
    expect(partly.statusCode).toBe(400);
    expect(partly.json().issues.map((i: { path: string }) => i.path)).toEqual(['summary', 'goalReports.1.achieved']);
    expect((await applicationsRepository.findById(t.database.db, object.id))?.state).toBe('creating');
  });

  it('on the last day moves the object to 已申请验收, tells the province, and closes the draft', async () => {
    const object = await newObject(TODAY);
    await saveDraft(operator, object.id);
    const { fileId } = (await upload(operator, object.id, { name: '总结附件.pdf', bytes: PDF_BYTES })).json();
    expect((await submit(operator, object.id, object.lockVersion + 1)).json()).toMatchObject({ code: 'STATE_CHANGED' });
    const before = await notificationsRepository.countUnread(t.database.db, province.userId);
    const response = await submit(operator, object.id, object.lockVersion);
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json();
    expect(view).toMatchObject({ object: { state: 'acceptance_submitted' }, canDraft: false, canSubmit: false, statusText: '已申请评估验收，待省工业和信息化厅组织评估验收（创建期至2028-01-10）' });
    expect(view.attempts[0]).toMatchObject({ status: 'submitted', statusLabel: '已申请验收', submittedByName: expect.any(String) });
    expect(await notificationsRepository.countUnread(t.database.db, province.userId)).toBe(before + 1);
    const [notice] = await notificationsRepository.listForUser(t.database.db, province.userId, 1);
    expect(notice).toMatchObject({ title: '有创建对象申请评估验收', link: `/workspace/acceptance/${object.id}` });
    expect((await auditLogRepository.findByObject(t.database.db, 'application', object.id)).map((a) => a.action)).toContain('application.submit_acceptance');

    // Now the city and the province see the submission and its files; nothing can be changed any more.
    expect((await get(gz, object.id)).json().attempts[0].summary).toBe(FULL_DRAFT.summary);
    expect((await download(province, object.id, fileId)).statusCode).toBe(200);
    expect((await saveDraft(operator, object.id)).statusCode).toBe(409);
    expect((await send(operator, 'DELETE', `${base(object.id)}/evidence/${fileId}`)).statusCode).toBe(409);
    expect((await upload(operator, object.id, { name: 'x.pdf', bytes: PDF_BYTES })).statusCode).toBe(409);
    expect((await submit(operator, object.id, view.lockVersion)).json().code).toBe('TRANSITION_NOT_ALLOWED');
  });
});

describe('the province’s list', () => {
  it('holds objects due within 60 days, ended, applied, under review or shortlisted, with the latest attempt', async () => {
    const due = await newObject('2028-03-10'); // 60 days ahead
    const later = await newObject('2028-03-11'); // 61 days ahead
    const ended = await newObject('2027-12-01');
    const submitted = await newObject(TODAY);
    await saveDraft(operator, submitted.id);
    await submit(operator, submitted.id, submitted.lockVersion);
    const review = await newObject('2027-06-01', 'acceptance_review');
    const shortlisted = await newObject('2027-06-01', 'certification_shortlisted');
    const certified = await newObject('2027-06-01', 'certified');
    const drafting = await newObject('2028-02-01');
    await saveDraft(operator, drafting.id);

    const response = await t.app.inject({ method: 'GET', url: '/api/acceptance', headers: { cookie: province.cookie } });
    expect(response.statusCode, response.body).toBe(200);
    const list = response.json();
    expect(list.canManage).toBe(true);
    const ours = new Map(list.items.map((i: { object: { id: string } }) => [i.object.id, i]));
    expect(ours.get(due.id)).toMatchObject({ periodEndsOn: '2028-03-10', daysToPeriodEnd: 60, attempt: null, attemptStatusLabel: '未申请验收' });
    expect(ours.has(later.id)).toBe(false);
    expect(ours.get(ended.id)).toMatchObject({ daysToPeriodEnd: -40 });
    expect(ours.get(submitted.id)).toMatchObject({ attempt: 1, attemptStatus: 'submitted', attemptStatusLabel: '已申请验收' });
    expect(ours.has(review.id) && ours.has(shortlisted.id)).toBe(true);
    expect(ours.has(certified.id)).toBe(false);
    // A draft is the operator's own: the list shows the object as not applied.
    expect(ours.get(drafting.id)).toMatchObject({ attempt: null, attemptStatus: null });

    const filtered = (await t.app.inject({ method: 'GET', url: '/api/acceptance?state=acceptance_submitted', headers: { cookie: province.cookie } })).json();
    expect(filtered.items.every((i: { object: { state: string } }) => i.object.state === 'acceptance_submitted')).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: '/api/acceptance?state=draft', headers: { cookie: province.cookie } })).statusCode).toBe(400);

    const forAuditor = await t.app.inject({ method: 'GET', url: '/api/acceptance', headers: { cookie: auditor.cookie } });
    expect(forAuditor.json()).toMatchObject({ canManage: false });
    expect(forAuditor.json().items.length).toBe(list.items.length);
    for (const who of [gz, operator]) expect((await t.app.inject({ method: 'GET', url: '/api/acceptance', headers: { cookie: who.cookie } })).statusCode).toBe(403);
  });
});
