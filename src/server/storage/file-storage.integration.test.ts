import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { filesRepository } from '../../db/repositories/files.repository';
import { createTestApp, type TestApp } from '../testing/test-app';
import { storeFile } from '../use-cases/store-file';
import { readContent, storeContent } from './file-storage';

let t: TestApp;
let dataDir: string;
beforeAll(async () => {
  t = await createTestApp();
  dataDir = mkdtempSync(path.join(tmpdir(), 'shifan-files-'));
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const ctx = { requestId: 'r1', ip: '127.0.0.1', userAgent: null, actor: null, sessionTokenHash: null };

describe('file storage by content hash', () => {
  it('stores bytes under their SHA-256 and reads them back', async () => {
    const bytes = Buffer.from('%PDF-1.4 申报材料');
    const stored = await storeContent(dataDir, Readable.from([bytes]), 1024);
    expect(stored).toEqual({ sha256: sha(bytes), sizeBytes: bytes.length });
    expect(await readContent(dataDir, stored.sha256)).toEqual(bytes);
  });

  it('stores the same content once', async () => {
    const bytes = Buffer.from('same content');
    const a = await storeContent(dataDir, Readable.from([bytes]), 1024);
    const b = await storeContent(dataDir, Readable.from([bytes]), 1024);
    expect(a.sha256).toBe(b.sha256);
    expect(await readdir(path.join(dataDir, 'files', a.sha256.slice(0, 2), a.sha256.slice(2, 4)))).toEqual([a.sha256]);
  });

  it('refuses content over the limit while streaming and leaves no file behind', async () => {
    const chunks = [Buffer.alloc(600), Buffer.alloc(600)];
    await expect(storeContent(dataDir, Readable.from(chunks), 1000)).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(await readdir(path.join(dataDir, 'files', 'incoming'))).toEqual([]);
  });

  it('accepts content of exactly the limit', async () => {
    await expect(storeContent(dataDir, Readable.from([Buffer.alloc(1000, 7)]), 1000)).resolves.toMatchObject({ sizeBytes: 1000 });
  });

  it('detects content changed on disk', async () => {
    const bytes = Buffer.from('original');
    const { sha256 } = await storeContent(dataDir, Readable.from([bytes]), 1024);
    writeFileSync(path.join(dataDir, 'files', sha256.slice(0, 2), sha256.slice(2, 4), sha256), 'tampered');
    await expect(readContent(dataDir, sha256)).rejects.toMatchObject({ code: 'FILE_CORRUPTED' });
  });

  it('records the metadata and an audit entry together', async () => {
    const row = await storeFile(t.deps, ctx, { content: Readable.from([Buffer.from('abc')]), originalName: '营业执照.pdf', mediaType: 'application/pdf', maxBytes: 1024 });
    expect(await filesRepository.findById(t.database.db, row.id)).toMatchObject({ sha256: sha(Buffer.from('abc')), sizeBytes: 3, originalName: '营业执照.pdf' });
    expect((await auditLogRepository.findByObject(t.database.db, 'file', row.id)).map((a) => a.action)).toEqual(['file.stored']);
  });
});
