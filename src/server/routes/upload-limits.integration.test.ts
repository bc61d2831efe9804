// Uploads and downloads end to end (F7 item 5; 等保2.0 三级 8.1.4.5 恶意代码防范, 8.1.4.3 数据完整性; ASVS V12.1–V12.5):
// the size limit to the byte on the material and the acceptance-evidence routes (memory while a body streams is
// upload-streaming.integration.test.ts's, measured after full collections), kind by content and extension together, active PDFs refused, storage names from the server, downloads as
// attachments with the Chinese name, and a tampered stored file refused with the Chinese envelope and no content.
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesRepository } from '../../db/repositories/files.repository';
import { createAcceptanceObject } from '../../db/testing/acceptance-builders';
import { applicationApi, multipart, PNG_BYTES } from '../testing/application-requests';
import { startCreationCast, type CreationCast } from '../testing/creation-cast';

const MB = 1024 * 1024;
const LIMIT = 20 * MB;
const NOW = new Date('2026-11-28T02:00:00Z');
const pdfOf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 9, 0x20)]);

let cast: CreationCast;
let api: ReturnType<typeof applicationApi>;
let callId: string;
beforeAll(async () => {
  cast = await startCreationCast(NOW);
  api = applicationApi(cast.t);
  callId = (await api.publishCall(2027)).id;
});
afterAll(async () => cast.t.close());

let nextYear = 2070;
async function evidenceUpload(file: { name: string; bytes: Buffer }) {
  const object = await createAcceptanceObject(cast.t.database.db, { organisationId: cast.operator.organisationId ?? '', endsOn: '2026-12-31', state: 'creating', isExtended: false, callYear: (nextYear += 1) });
  const body = multipart({}, file);
  return cast.t.app.inject({ method: 'POST', url: `/api/creation-objects/${object.id}/acceptance/evidence`, headers: { ...body.headers, cookie: cast.operator.cookie }, payload: body.payload });
}

async function materialUpload(file: { name: string; bytes: Buffer }) {
  const applicant = await api.applicant();
  const { id } = await api.draft(applicant.cookie, callId);
  return { id, applicant, response: await api.upload(id, applicant.cookie, 'licence', file) };
}

describe('size limits, to the byte, while streaming', () => {
  it.each([
    ['material', materialUpload, LIMIT, 201],
    ['material', materialUpload, LIMIT + 1, 413],
    ['acceptance evidence', evidenceUpload, LIMIT, 201],
    ['acceptance evidence', evidenceUpload, LIMIT + 1, 413],
  ] as const)('%s of %s bytes → %s', async (_, send, size, status) => {
    const outcome = await send({ name: '材料.pdf', bytes: pdfOf(size) });
    const response = 'response' in outcome ? outcome.response : outcome;
    expect(response.statusCode, response.body.slice(0, 300)).toBe(status);
    if (status === 413) expect(response.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: '文件超过大小上限（20 MB），请压缩后重新上传' });
  });
});

describe('kind by content and extension together', () => {
  const ACTIVE_PDF = Buffer.from('%PDF-1.7\n1 0 obj<</Type/Catalog/OpenAction 2 0 R>>endobj\n2 0 obj<</S/J#61vaScript/JS(app.alert(1))>>endobj\n%%EOF\n');
  it.each([
    ['a PNG named .pdf', { name: '营业执照.pdf', bytes: PNG_BYTES }, '文件“营业执照.pdf”的内容是PNG，扩展名应为.png，请核对后重新上传'],
    ['a PNG named .jpg', { name: '营业执照.jpg', bytes: PNG_BYTES }, '文件“营业执照.jpg”的内容是PNG，扩展名应为.png，请核对后重新上传'],
    ['a PDF with JavaScript', { name: '方案.pdf', bytes: ACTIVE_PDF }, '文件“方案.pdf”含有脚本、自动动作或嵌入文件（JavaScript、JS），不能上传；请打印为PDF或另存为不含脚本的PDF后重新上传'],
  ])('%s → 415 naming the file, nothing stored', async (_, file, message) => {
    const { id, applicant, response } = await materialUpload(file);
    expect(response.statusCode).toBe(415);
    expect(response.json()).toEqual({ code: 'UNSUPPORTED_MEDIA_TYPE', message, issues: [{ path: 'file', message: expect.any(String) }] });
    const detail = (await api.send('GET', `/api/applications/${id}`, applicant.cookie)).json();
    expect(detail.materials).toEqual([]);
  });

  it('a PNG named .png is taken', async () => {
    expect((await materialUpload({ name: '营业执照.png', bytes: PNG_BYTES })).response.statusCode).toBe(201);
  });
});

describe('storage names and downloads', () => {
  // Busboy keeps only the last path segment of a sent name; what remains still never becomes a path.
  const NAME = '../营业执照 (副本)；2026.pdf';
  const KEPT = '营业执照 (副本)；2026.pdf';
  const BYTES = Buffer.from('%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\n%%EOF\n% unique 4f1c\n');

  it('stores under the SHA-256 the server computes, and serves an attachment with the Chinese name', async () => {
    const { id, applicant, response } = await materialUpload({ name: NAME, bytes: BYTES });
    expect(response.statusCode, response.body).toBe(201);
    const { fileId } = response.json() as { fileId: string };
    const row = await filesRepository.findById(cast.t.database.db, fileId);
    const stored = readdirSync(path.join(cast.t.deps.dataDir, 'files'), { recursive: true }).map(String);
    expect(stored).toContain(path.join(row?.sha256.slice(0, 2) ?? '', row?.sha256.slice(2, 4) ?? '', row?.sha256 ?? ''));
    expect(stored.filter((name) => name.includes('营业执照'))).toEqual([]);
    expect(row?.originalName).toBe(KEPT);

    const download = await api.send('GET', `/api/applications/${id}/files/${fileId}`, applicant.cookie);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(BYTES)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="____ (__)_2026.pdf"; filename*=UTF-8''${encodeURIComponent(KEPT)}`);
  });

  it('refuses a stored file changed on disk: 500 with the Chinese envelope, no content, no attachment header', async () => {
    const tampered = Buffer.from('%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\n%%EOF\n% unique 77aa\n');
    const { id, applicant, response } = await materialUpload({ name: '章程.pdf', bytes: tampered });
    const { fileId } = response.json() as { fileId: string };
    const row = await filesRepository.findById(cast.t.database.db, fileId);
    const sha256 = row?.sha256 ?? '';
    writeFileSync(path.join(cast.t.deps.dataDir, 'files', sha256.slice(0, 2), sha256.slice(2, 4), sha256), 'SECRET-REPLACEMENT');
    const download = await api.send('GET', `/api/applications/${id}/files/${fileId}`, applicant.cookie);
    expect(download.statusCode).toBe(500);
    expect(download.json()).toEqual({ code: 'FILE_CORRUPTED', message: '文件校验失败，内容可能已损坏或被篡改，已停止下载，请联系系统管理员', issues: [] });
    expect(download.body).not.toContain('SECRET');
    expect(download.headers['content-disposition']).toBeUndefined();
  });
});
