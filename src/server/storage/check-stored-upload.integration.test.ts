// Streamed uploads get the same name and active-content checks once stored (F7 item 5): the objection form's files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { checkStoredUpload } from './check-stored-upload';
import { storeContent } from './file-storage';

const dataDir = mkdtempSync(path.join(tmpdir(), 'shifan-stored-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const PDF = Buffer.from('%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\n%%EOF\n');
const ACTIVE = Buffer.from('%PDF-1.7\n1 0 obj<</Type/Catalog/OpenAction<</S/Launch/F(cmd.exe)>>>>endobj\n%%EOF\n');

async function check(bytes: Buffer, fileName: string, mediaType: 'application/pdf' | 'image/png') {
  const { sha256 } = await storeContent(dataDir, Readable.from([bytes]), 1024);
  return checkStoredUpload(dataDir, { sha256, fileName, mediaType }, 'attachments').then(
    () => null,
    (error: { code: string; message: string; issues: unknown }) => ({ code: error.code, message: error.message, issues: error.issues }),
  );
}

describe('checkStoredUpload', () => {
  it('takes a clean PDF named .pdf', async () => {
    expect(await check(PDF, '证明.pdf', 'application/pdf')).toBeNull();
  });

  it('refuses a PDF named .png, naming the file and the field', async () => {
    expect(await check(PDF, '证明.png', 'application/pdf')).toEqual({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: '文件“证明.png”的内容是PDF，扩展名应为.pdf，请核对后重新上传',
      issues: [{ path: 'attachments', message: '文件扩展名与内容不符（内容为PDF）' }],
    });
  });

  it('refuses a PDF with a launch action', async () => {
    expect(await check(ACTIVE, '证明.pdf', 'application/pdf')).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', issues: [{ path: 'attachments', message: 'PDF含有脚本或嵌入内容' }] });
  });
});
