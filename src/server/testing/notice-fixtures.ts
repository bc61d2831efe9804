// Shared by the 公示 and objection integration tests: a notice kit around one test app (clock, province session,
// a call with shortlisted applications), and a multipart body like a browser's FormData.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApplication, createPublishedCall } from '../../db/testing/application-builders';
import { createOrganisation } from '../../db/testing/builders';
import { JSON_HEADERS, type TestApp } from './test-app';

export const PDF = Buffer.from('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');
export const at = (date: string): Date => new Date(`${date}T02:00:00Z`); // 10:00 in Asia/Shanghai

export function documentXml(docx: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'notice-docx-'));
  try {
    writeFileSync(path.join(dir, 'notice.docx'), docx);
    return execFileSync('unzip', ['-p', path.join(dir, 'notice.docx'), 'word/document.xml'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface UploadFile {
  name: string;
  bytes: Buffer;
  type?: string;
}

export const BOUNDARY = '----shifan-test-boundary';

/** A multipart body like a browser's FormData: fields first, then the files (or files first when asked). */
export function multipart(fields: Record<string, string>, files: UploadFile[] = [], filesFirst = false) {
  const fieldChunks = Object.entries(fields).map(([key, value]) => Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${key}"\r\n\r\n${value}\r\n`));
  const fileChunks = files.flatMap((file) => [
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="attachments"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/pdf'}\r\n\r\n`),
    file.bytes,
    Buffer.from('\r\n'),
  ]);
  const chunks = filesFirst ? [...fileChunks, ...fieldChunks] : [...fieldChunks, ...fileChunks];
  return { headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` }, payload: Buffer.concat([...chunks, Buffer.from(`--${BOUNDARY}--\r\n`)]) };
}

export const objectionFields = (applicationId: string, overrides: Record<string, string> = {}): Record<string, string> => ({
  objectorName: '张三',
  objectorPhone: '13800138000',
  applicationId,
  facts: '该平台申报材料中的服务企业数量与实际情况明显不符，有虚报情况。',
  ...overrides,
});

/** Every content file under the app's data directory (files/aa/bb/<sha256>, files/incoming/*). */
export function storedFiles(dataDir: string): string[] {
  const root = path.join(dataDir, 'files');
  try {
    return readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  } catch {
    return [];
  }
}

export interface ProvinceSession {
  cookie: string;
  userId: string;
}

export function noticeKit(t: TestApp, signedIn: ProvinceSession) {
  const session = { province: signedIn };
  const post = (url: string, payload: object, cookie = session.province.cookie) => t.app.inject({ method: 'POST', url, headers: { ...JSON_HEADERS, cookie }, payload });
  const get = (url: string, cookie?: string) => t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
  /** Files an objection from the given address (the route limits each address). */
  const sendObjection = (noticeId: string, fields: Record<string, string>, files: UploadFile[] = [{ name: '证明.pdf', bytes: PDF }], remoteAddress = '127.0.0.1') =>
    t.app.inject({ method: 'POST', url: `/api/v1/notices/${noticeId}/objections`, remoteAddress, ...multipart(fields, files) });
  /** The objector's status check (ADR 0023): the phone in a JSON body, no cookie and no CSRF header, as anyone may. */
  const checkObjectionStatus = (receiptNumber: string, body: unknown, remoteAddress = '127.0.0.1') =>
    t.app.inject({ method: 'POST', url: `/api/v1/objections/${receiptNumber}/status`, remoteAddress, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });
  /** Moves the clock; a session does not outlive a jump of days, so the officer signs in again. */
  async function setDay(date: string): Promise<void> {
    t.clock.set(at(date));
    session.province = await t.signIn('province');
  }
  async function shortlistedCall(year: number, cities: string[]) {
    const call = await createPublishedCall(t.database.db, session.province.userId, { year });
    const applications = [];
    for (const cityCode of cities) {
      const organisation = await createOrganisation(t.database.db, { cityCode });
      applications.push(await createApplication(t.database.db, { callId: call.id, organisationId: organisation.id, cityCode, state: 'shortlisted' }));
    }
    return { call, applications };
  }
  return {
    get province(): ProvinceSession {
      return session.province;
    },
    setDay,
    shortlistedCall,
    post,
    get,
    sendObjection,
    checkObjectionStatus,
  };
}
