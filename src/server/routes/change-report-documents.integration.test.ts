// 报告材料 of a change report (F5 item 4; Art. 11 "报告……及相关材料") through HTTP: the operator adds PDF/JPG/PNG files
// (by their bytes, ≤ 20 MB, ≤ 10 per report) until the city has proposed; the report lists them (name, size) and
// everyone who reads the report downloads them; every refusal is a 4xx, never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { createCreationObject } from '../../db/testing/creation-builders';
import type { LifecycleState } from '../../domain/lifecycle/states';
import { EXE_BYTES, multipart, PDF_BYTES, PNG_BYTES } from '../testing/application-requests';
import { JSON_HEADERS, type SignedIn } from '../testing/test-app';
import { startCreationCast, type CreationCast } from '../testing/creation-cast';

let nextCallYear = 2060;

const NOW = new Date('2026-11-28T02:00:00Z');

let { t, operator, otherOperator, gz, sz, province, auditor, expert } = {} as CreationCast;
beforeAll(async () => {
  ({ t, operator, otherOperator, gz, sz, province, auditor, expert } = await startCreationCast(NOW));
});
afterAll(async () => t.close());

const url = (id: string) => `/api/creation-objects/${id}/change-reports`;
const currentVersion = async (id: string) => (await applicationsRepository.findById(t.database.db, id))?.lockVersion ?? 0;

async function reported(state: LifecycleState = 'certified') {
  nextCallYear += 1;
  const object = await createCreationObject(t.database.db, { organisationId: operator.organisationId ?? '', cityCode: '440100', callYear: nextCallYear, state });
  const response = await t.app.inject({
    method: 'POST',
    url: url(object.id),
    headers: { ...JSON_HEADERS, cookie: operator.cookie },
    payload: { lockVersion: object.lockVersion, kind: 'merger', description: '与某某科技有限公司合并。', occurredOn: '2026-10-01' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return { object, reportId: response.json().report.id as string };
}

const upload = (who: SignedIn | null, id: string, reportId: string, file: { name: string; bytes: Buffer }) => {
  const body = multipart({}, file);
  return t.app.inject({ method: 'POST', url: `${url(id)}/${reportId}/documents`, headers: { ...body.headers, ...(who ? { cookie: who.cookie } : {}) }, payload: body.payload });
};
const download = (who: SignedIn | null, id: string, reportId: string, fileId: string) =>
  t.app.inject({ method: 'GET', url: `${url(id)}/${reportId}/documents/${fileId}`, headers: who ? { cookie: who.cookie } : {} });
const reportOf = async (who: SignedIn, id: string, reportId: string) =>
  (await t.app.inject({ method: 'GET', url: url(id), headers: { cookie: who.cookie } })).json().items.find((r: { id: string }) => r.id === reportId);

describe('the operator attaches documents to its report', () => {
  it('takes a PDF and a PNG, lists them in order with name and size, and every reader downloads them', async () => {
    const { object, reportId } = await reported();
    expect((await reportOf(operator, object.id, reportId)).canAddDocuments).toBe(true);
    const pdf = await upload(operator, object.id, reportId, { name: '股东会决议.pdf', bytes: PDF_BYTES });
    expect(pdf.statusCode, pdf.body).toBe(201);
    expect(pdf.json()).toMatchObject({ name: '股东会决议.pdf', sizeBytes: PDF_BYTES.length, mediaType: 'application/pdf' });
    const png = await upload(operator, object.id, reportId, { name: '营业执照.png', bytes: PNG_BYTES });
    expect(png.json()).toMatchObject({ name: '营业执照.png', mediaType: 'image/png' });

    for (const who of [operator, gz, province, auditor]) {
      const view = await reportOf(who, object.id, reportId);
      expect(view.documents).toEqual([
        { fileId: pdf.json().fileId, name: '股东会决议.pdf', sizeBytes: PDF_BYTES.length, mediaType: 'application/pdf' },
        { fileId: png.json().fileId, name: '营业执照.png', sizeBytes: PNG_BYTES.length, mediaType: 'image/png' },
      ]);
      expect(view.canAddDocuments).toBe(who === operator);
      const file = await download(who, object.id, reportId, pdf.json().fileId);
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.headers['x-content-type-options']).toBe('nosniff');
      expect(file.rawPayload.equals(PDF_BYTES)).toBe(true);
    }
    const audit = await auditLogRepository.findByObject(t.database.db, 'change_report', reportId);
    expect(audit.filter((a) => a.action === 'changeReport.document_added')).toHaveLength(2);
  });

  it('takes documents on a report filed in creation too', async () => {
    const { object, reportId } = await reported('creating');
    expect((await upload(operator, object.id, reportId, { name: '重组方案.pdf', bytes: PDF_BYTES })).statusCode).toBe(201);
  });

  it('refuses documents once the city has proposed (409), and keeps what was there', async () => {
    const { object, reportId } = await reported();
    const before = await upload(operator, object.id, reportId, { name: '合并协议.pdf', bytes: PDF_BYTES });
    expect(before.statusCode).toBe(201);
    const proposal = await t.app.inject({
      method: 'POST',
      url: `${url(object.id)}/${reportId}/proposal`,
      headers: { ...JSON_HEADERS, cookie: gz.cookie },
      payload: { lockVersion: await currentVersion(object.id), proposal: 'retain', reason: '材料齐全，建议保留。' },
    });
    expect(proposal.statusCode, proposal.body).toBe(200);
    expect(proposal.json().report.documents.map((d: { name: string }) => d.name)).toEqual(['合并协议.pdf']);
    const late = await upload(operator, object.id, reportId, { name: '补充.pdf', bytes: PDF_BYTES });
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toContain('地市已对该变化报告提出意见');
    const view = await reportOf(operator, object.id, reportId);
    expect(view.canAddDocuments).toBe(false);
    expect(view.documents).toHaveLength(1);
    expect((await download(gz, object.id, reportId, before.json().fileId)).statusCode).toBe(200);
  });

  it('refuses a file that is not PDF/JPG/PNG by its bytes (415) and one over 20 MB (413), storing nothing', async () => {
    const { object, reportId } = await reported();
    const exe = await upload(operator, object.id, reportId, { name: '材料.pdf', bytes: EXE_BYTES });
    expect(exe.statusCode).toBe(415);
    expect(exe.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const big = await upload(operator, object.id, reportId, { name: 'big.pdf', bytes: Buffer.concat([PDF_BYTES, Buffer.alloc(20 * 1024 * 1024)]) });
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('PAYLOAD_TOO_LARGE');
    expect((await reportOf(operator, object.id, reportId)).documents).toEqual([]);
  });

  it('takes at most 10 documents per report', async () => {
    const { object, reportId } = await reported();
    for (let i = 1; i <= 10; i += 1) expect((await upload(operator, object.id, reportId, { name: `材料${i}.pdf`, bytes: PDF_BYTES })).statusCode).toBe(201);
    const extra = await upload(operator, object.id, reportId, { name: '材料11.pdf', bytes: PDF_BYTES });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().message).toContain('最多10个');
  });

  it('refuses a body that is not one file field', async () => {
    const { object, reportId } = await reported();
    const json = await t.app.inject({ method: 'POST', url: `${url(object.id)}/${reportId}/documents`, headers: { ...JSON_HEADERS, cookie: operator.cookie }, payload: {} });
    expect(json.statusCode).toBe(400);
    const empty = multipart({ note: 'x' });
    const noFile = await t.app.inject({ method: 'POST', url: `${url(object.id)}/${reportId}/documents`, headers: { ...empty.headers, cookie: operator.cookie }, payload: empty.payload });
    expect(noFile.statusCode).toBe(400);
  });
});

describe('who may attach and download', () => {
  it('only the operator of the object attaches; others are refused before the body is read', async () => {
    const { object, reportId } = await reported();
    const file = { name: 'a.pdf', bytes: PDF_BYTES };
    expect((await upload(null, object.id, reportId, file)).statusCode).toBe(401);
    expect((await upload(otherOperator, object.id, reportId, file)).statusCode).toBe(404);
    for (const who of [gz, sz, province, auditor, expert]) expect((await upload(who, object.id, reportId, file)).statusCode).toBe(403);
    // Another object's report, or no such report, is not found.
    const other = await reported();
    expect((await upload(operator, object.id, other.reportId, file)).statusCode).toBe(404);
    expect((await upload(operator, object.id, '00000000-0000-4000-8000-000000000000', file)).statusCode).toBe(404);
    expect((await upload(operator, object.id, 'not-a-uuid', file)).statusCode).toBe(400);
  });

  it('another city or organisation does not find the file; an expert is refused; anonymous must log in', async () => {
    const { object, reportId } = await reported();
    const { fileId } = (await upload(operator, object.id, reportId, { name: '决议.pdf', bytes: PDF_BYTES })).json();
    expect((await download(null, object.id, reportId, fileId)).statusCode).toBe(401);
    expect((await download(expert, object.id, reportId, fileId)).statusCode).toBe(403);
    expect((await download(sz, object.id, reportId, fileId)).statusCode).toBe(404);
    expect((await download(otherOperator, object.id, reportId, fileId)).statusCode).toBe(404);
    // A file of another report is not this report's document.
    const other = await reported();
    expect((await download(operator, other.object.id, other.reportId, fileId)).statusCode).toBe(404);
    expect((await download(operator, object.id, reportId, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});
