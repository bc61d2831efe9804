// 核查材料 of Art. 12 findings (F5 item 5; ADR 0016) through HTTP: the province adds PDF/JPG/PNG evidence (by the
// bytes, ≤ 20 MB, ≤ 20 per finding) at any time after the finding; the province and the auditors list and
// download it; the operator and its city read the finding but never its evidence; the public list never shows
// evidence or its source; every refusal is a 4xx, never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const url = (id: string) => `/api/creation-objects/${id}/integrity-findings`;
const SOURCE = '省工业和信息化厅核查报告（粤工信核〔2026〕12号）';

async function recorded(state: LifecycleState = 'certified') {
  nextCallYear += 1;
  const object = await createCreationObject(t.database.db, { organisationId: operator.organisationId ?? '', cityCode: '440100', callYear: nextCallYear, state });
  const response = await t.app.inject({
    method: 'POST',
    url: url(object.id),
    headers: { ...JSON_HEADERS, cookie: province.cookie },
    payload: { lockVersion: object.lockVersion, kind: 'data_fraud', source: SOURCE, foundOn: '2026-11-20', reason: '服务记录中有312条为虚构企业，数据弄虚作假。' },
  });
  expect(response.statusCode, response.body).toBe(201);
  expect(response.json().finding.evidence).toEqual([]);
  return { object, findingId: response.json().finding.id as string };
}

const upload = (who: SignedIn | null, id: string, findingId: string, file: { name: string; bytes: Buffer }) => {
  const body = multipart({}, file);
  return t.app.inject({ method: 'POST', url: `${url(id)}/${findingId}/evidence`, headers: { ...body.headers, ...(who ? { cookie: who.cookie } : {}) }, payload: body.payload });
};
const download = (who: SignedIn | null, id: string, findingId: string, fileId: string) =>
  t.app.inject({ method: 'GET', url: `${url(id)}/${findingId}/evidence/${fileId}`, headers: who ? { cookie: who.cookie } : {} });
const listOf = async (who: SignedIn, id: string) => (await t.app.inject({ method: 'GET', url: url(id), headers: { cookie: who.cookie } })).json();

describe('the province attaches evidence to a finding', () => {
  it('after the finding (the object already revoked), lists it for the province and the auditor, who download it', async () => {
    const { object, findingId } = await recorded();
    expect((await listOf(province, object.id)).canAddEvidence).toBe(true);
    const pdf = await upload(province, object.id, findingId, { name: '核查报告.pdf', bytes: PDF_BYTES });
    expect(pdf.statusCode, pdf.body).toBe(201);
    expect(pdf.json()).toMatchObject({ name: '核查报告.pdf', sizeBytes: PDF_BYTES.length, mediaType: 'application/pdf', addedAt: NOW.toISOString() });
    // A minute later (within the session): the list is oldest first.
    t.clock.set(new Date(NOW.getTime() + 60_000));
    const png = await upload(province, object.id, findingId, { name: '名单截图.png', bytes: PNG_BYTES });
    t.clock.set(NOW);
    expect(png.statusCode).toBe(201);

    for (const who of [province, auditor]) {
      const list = await listOf(who, object.id);
      expect(list.canAddEvidence).toBe(who === province);
      expect(list.items[0].evidence.map((e: { name: string; sizeBytes: number }) => [e.name, e.sizeBytes])).toEqual([
        ['核查报告.pdf', PDF_BYTES.length],
        ['名单截图.png', PNG_BYTES.length],
      ]);
      const file = await download(who, object.id, findingId, pdf.json().fileId);
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.rawPayload.equals(PDF_BYTES)).toBe(true);
    }
    const audit = await auditLogRepository.findByObject(t.database.db, 'integrity_finding', findingId);
    expect(audit.filter((a) => a.action === 'integrityFinding.evidence_added')).toHaveLength(2);
  });

  it('on a cancelled creation too', async () => {
    const { object, findingId } = await recorded('creating');
    expect((await upload(province, object.id, findingId, { name: '失信名单.pdf', bytes: PDF_BYTES })).statusCode).toBe(201);
  });

  it('refuses a file that is not PDF/JPG/PNG by its bytes (415) and one over 20 MB (413), storing nothing', async () => {
    const { object, findingId } = await recorded();
    const exe = await upload(province, object.id, findingId, { name: '报告.pdf', bytes: EXE_BYTES });
    expect(exe.statusCode).toBe(415);
    const big = await upload(province, object.id, findingId, { name: 'big.pdf', bytes: Buffer.concat([PDF_BYTES, Buffer.alloc(20 * 1024 * 1024)]) });
    expect(big.statusCode).toBe(413);
    expect((await listOf(province, object.id)).items[0].evidence).toEqual([]);
  });

  it('takes at most 20 files per finding', async () => {
    const { object, findingId } = await recorded();
    for (let i = 1; i <= 20; i += 1) expect((await upload(province, object.id, findingId, { name: `材料${i}.pdf`, bytes: PDF_BYTES })).statusCode).toBe(201);
    const extra = await upload(province, object.id, findingId, { name: '材料21.pdf', bytes: PDF_BYTES });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().message).toContain('最多20个');
  });
});

describe('who may attach and read evidence', () => {
  it('only the province attaches; others are refused before the body is read', async () => {
    const { object, findingId } = await recorded();
    const file = { name: 'a.pdf', bytes: PDF_BYTES };
    expect((await upload(null, object.id, findingId, file)).statusCode).toBe(401);
    for (const who of [operator, otherOperator, gz, sz, auditor, expert]) expect((await upload(who, object.id, findingId, file)).statusCode).toBe(403);
    const other = await recorded();
    expect((await upload(province, object.id, other.findingId, file)).statusCode).toBe(404);
    expect((await upload(province, object.id, '00000000-0000-4000-8000-000000000000', file)).statusCode).toBe(404);
    expect((await upload(province, '00000000-0000-4000-8000-000000000000', findingId, file)).statusCode).toBe(404);
  });

  it('the operator and its city read the finding but not the evidence; no other city, expert or anonymous reads it', async () => {
    const { object, findingId } = await recorded();
    const { fileId } = (await upload(province, object.id, findingId, { name: '核查报告.pdf', bytes: PDF_BYTES })).json();
    for (const who of [operator, gz]) {
      const list = await listOf(who, object.id);
      expect(list.items[0]).toMatchObject({ id: findingId, source: SOURCE, evidence: null });
      expect(list.canAddEvidence).toBe(false);
      expect((await download(who, object.id, findingId, fileId)).statusCode).toBe(403);
    }
    expect((await download(null, object.id, findingId, fileId)).statusCode).toBe(401);
    for (const who of [otherOperator, sz, expert]) expect((await download(who, object.id, findingId, fileId)).statusCode).toBe(403);
    const other = await recorded();
    expect((await download(province, other.object.id, other.findingId, fileId)).statusCode).toBe(404);
    expect((await download(auditor, object.id, findingId, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('the public list shows neither the evidence nor the source', async () => {
    const { object, findingId } = await recorded();
    await upload(province, object.id, findingId, { name: '核查报告.pdf', bytes: PDF_BYTES });
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/revocations?pageSize=50' });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain('核查报告.pdf');
    expect(response.body).not.toContain('evidence');
    expect(response.body).not.toContain(SOURCE);
  });
});
