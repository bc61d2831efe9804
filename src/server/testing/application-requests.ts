// Requests of the application API for integration tests: a published call whose window contains the test
// clock, an applicant with a draft filled in, uploads as multipart bodies, and small real PDF/PNG files.
import { randomBytes } from 'node:crypto';
import { buildApplicationContent, createPublishedCall } from '../../db/testing/application-builders';
import { createOrganisation } from '../../db/testing/builders';
import type { ApplicationContent, MaterialKind } from '../../domain/applications/application-content';
import { MATERIAL_KINDS } from '../../domain/applications/application-content';
import type { NewOrganisation } from '../../db/repositories/organisations.repository';
import { JSON_HEADERS, type SignedIn, type TestApp } from './test-app';

export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
export const PNG_BYTES = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(32)]);
export const EXE_BYTES = Buffer.concat([Buffer.from('MZ'), randomBytes(64)]);

export function multipart(fields: Record<string, string>, file?: { name: string; bytes: Buffer; type?: string }) {
  const boundary = `----shifan${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/pdf'}\r\n\r\n`));
    chunks.push(file.bytes, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-requested-with': 'shifan' } };
}

export function applicationApi(t: TestApp) {
  const send = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
    t.app.inject({ method, url, headers: { ...(payload ? JSON_HEADERS : {}), cookie }, ...(payload ? { payload } : {}) });
  const upload = (id: string, cookie: string, kind: string, file: { name: string; bytes: Buffer }) => {
    const body = multipart({ kind }, file);
    return t.app.inject({ method: 'POST', url: `/api/applications/${id}/materials`, headers: { ...body.headers, cookie }, payload: body.payload });
  };
  return {
    send,
    upload,
    /** A call published for `year`, its window 2026-11-01..2026-11-30 by default (the test clock is 2026-11-28). */
    async publishCall(year: number, overrides: Parameters<typeof createPublishedCall>[2] = {}) {
      const province = await t.signIn('province');
      return createPublishedCall(t.database.db, province.userId, { year, opensOn: '2026-11-01', closesOn: '2026-11-30', cityReviewDeadline: '2026-12-15', ...overrides });
    },
    async applicant(organisation: Partial<NewOrganisation> = {}): Promise<SignedIn> {
      const row = await createOrganisation(t.database.db, { cityCode: '440100', ...organisation });
      return t.signIn('applicant', { organisationId: row.id });
    },
    async draft(cookie: string, callId: string) {
      const created = await send('POST', '/api/applications', cookie, { callId });
      if (created.statusCode !== 201) throw new Error(`create failed: ${created.body}`);
      return created.json() as { id: string; lockVersion: number };
    },
    /** A draft with complete content and every required material: ready to submit. */
    async complete(cookie: string, callId: string, content: ApplicationContent = buildApplicationContent()) {
      const { id, lockVersion } = await this.draft(cookie, callId);
      const saved = await send('POST', `/api/applications/${id}`, cookie, { lockVersion, content });
      if (saved.statusCode !== 200) throw new Error(`save failed: ${saved.body}`);
      for (const kind of MATERIAL_KINDS.filter((k): k is MaterialKind => k !== 'qualifications')) {
        const added = await upload(id, cookie, kind, { name: `${kind}.pdf`, bytes: PDF_BYTES });
        if (added.statusCode !== 201) throw new Error(`upload failed: ${added.body}`);
      }
      const detail = (await send('GET', `/api/applications/${id}`, cookie)).json();
      return { id, lockVersion: detail.lockVersion as number };
    },
  };
}
