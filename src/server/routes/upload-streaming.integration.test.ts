// Uploads stream to a temporary file (F7 item 5; ASVS V12.1.1; 等保2.0 三级 8.1.4.5): the body is never held in
// memory — a 50 MB body to a 20 MB route and an accepted 20 MB PDF grow the live heap and buffers by far less than the
// limit — and the temporary file under files/incoming is removed on every path: stored, 413, 415, client gone.
// Memory is measured after a full garbage collection at every 2 MB sent (no timing is asserted).
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAcceptanceObject } from '../../db/testing/acceptance-builders';
import { multipart, PNG_BYTES } from '../testing/application-requests';
import { startCreationCast, type CreationCast } from '../testing/creation-cast';

const MB = 1024 * 1024;
const LIMIT = 20 * MB;
const NOW = new Date('2026-11-28T02:00:00Z');
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

let cast: CreationCast;
beforeAll(async () => {
  cast = await startCreationCast(NOW);
});
afterAll(async () => cast.t.close());

const incoming = () => {
  const dir = path.join(cast.t.deps.dataDir, 'files', 'incoming');
  return existsSync(dir) ? readdirSync(dir) : [];
};
const storedFiles = () => readdirSync(path.join(cast.t.deps.dataDir, 'files'), { recursive: true }).map(String).filter((name) => /[0-9a-f]{64}$/.test(name));
const liveBytes = () => {
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};

interface StreamedFile {
  name: string;
  head: Buffer;
  sizeBytes: number;
  /** Called after every 2 MB sent. */
  onProgress?: (sentBytes: number) => void;
  /** The client goes away after this many bytes of the file. */
  abortAfter?: number;
}

/** A multipart body generated while it is read: the test holds a chunk at a time, never the body. */
function streamedBody(file: StreamedFile) {
  const boundary = `----shifanstream${Date.now()}`;
  async function* parts(): AsyncGenerator<Buffer> {
    yield Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/pdf\r\n\r\n`);
    yield file.head;
    let sent = file.head.length;
    while (sent < file.sizeBytes) {
      const size = Math.min(64 * 1024, file.sizeBytes - sent);
      // A fresh buffer per chunk, as from a socket: one reused buffer would let a server that keeps every chunk
      // (slices of it) look as if it held nothing.
      yield Buffer.alloc(size, 0x20);
      const before = sent;
      sent += size;
      if (Math.floor(sent / (2 * MB)) > Math.floor(before / (2 * MB))) file.onProgress?.(sent);
      if (file.abortAfter !== undefined && sent >= file.abortAfter) throw new Error('the client went away');
    }
    yield Buffer.from(`\r\n--${boundary}--\r\n`);
  }
  return { payload: Readable.from(parts(), { objectMode: false }), headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-requested-with': 'shifan' } };
}

let nextYear = 2090;
async function evidenceUrl(): Promise<string> {
  const object = await createAcceptanceObject(cast.t.database.db, { organisationId: cast.operator.organisationId ?? '', endsOn: '2026-12-31', state: 'creating', isExtended: false, callYear: (nextYear += 1) });
  return `/api/creation-objects/${object.id}/acceptance/evidence`;
}

async function send(url: string, body: { payload: Readable | Buffer; headers: Record<string, string> }) {
  return cast.t.app.inject({ method: 'POST', url, headers: { ...body.headers, cookie: cast.operator.cookie }, payload: body.payload });
}

/**
 * Sends the file and returns the response, the largest growth of live heap + buffers seen while it streamed, and how
 * many times it was measured. The growth may well be 0 (the heap after a full collection can be smaller than at the
 * baseline), so the test proves that measuring happened by the count, not by a positive growth.
 */
async function sendMeasured(file: StreamedFile) {
  const url = await evidenceUrl();
  const baseline = liveBytes();
  let growth = 0;
  let samples = 0;
  const measure = () => {
    samples += 1;
    growth = Math.max(growth, liveBytes() - baseline);
  };
  const response = await send(url, streamedBody({ ...file, onProgress: measure }));
  return { response, growth, samples };
}

describe('memory stays flat while an upload streams', () => {
  it('a 50 MB body to a 20 MB route: 413 in Chinese, the live heap and buffers grow by < 8 MB (buffering held ≥ 20 MB)', async () => {
    const { response, growth, samples } = await sendMeasured({ name: '大文件.pdf', head: Buffer.from('%PDF-1.7\n'), sizeBytes: 50 * MB });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: '文件超过大小上限（20 MB），请压缩后重新上传' });
    // Measured at least at every 2 MB up to the limit, so the server really was reading while the heap was watched.
    expect(samples).toBeGreaterThanOrEqual(LIMIT / (2 * MB));
    expect(growth).toBeLessThan(8 * MB);
    expect(incoming()).toEqual([]);
  });

  it('a PDF of exactly 20 MB is stored, scanned from disk, with the live heap and buffers growing by < 8 MB', async () => {
    const { response, growth, samples } = await sendMeasured({ name: '整本.pdf', head: Buffer.from('%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\n'), sizeBytes: LIMIT });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ sizeBytes: LIMIT, mediaType: 'application/pdf' });
    expect(samples).toBeGreaterThanOrEqual(LIMIT / (2 * MB));
    expect(growth).toBeLessThan(8 * MB);
    expect(incoming()).toEqual([]);
  });
});

describe('the temporary file is removed on every path', () => {
  const ACTIVE_PDF = Buffer.from('%PDF-1.7\n1 0 obj<</Type/Catalog/OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj\n%%EOF\n% 9c2e\n');
  it.each([
    ['one byte over the limit', 413, { name: 'a.pdf', bytes: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(LIMIT + 1 - 9, 0x20)]) }],
    ['a PNG named .pdf', 415, { name: '营业执照.pdf', bytes: PNG_BYTES }],
    ['an executable', 415, { name: 'a.pdf', bytes: Buffer.from('MZ\x90\x00 not a document') }],
    ['a PDF with JavaScript', 415, { name: '方案.pdf', bytes: ACTIVE_PDF }],
    ['a PNG named .png', 201, { name: '照片.png', bytes: Buffer.concat([PNG_BYTES, Buffer.from('stream-test')]) }],
  ] as const)('%s → %s, nothing left in incoming/, content kept only when taken', async (_, status, file) => {
    const url = await evidenceUrl();
    const before = storedFiles();
    const response = await send(url, multipart({}, file));
    expect(response.statusCode, response.body.slice(0, 300)).toBe(status);
    expect(incoming()).toEqual([]);
    expect(storedFiles().length - before.length).toBe(status === 201 ? 1 : 0);
  });

  it('a client that goes away after 5 MB: the half-written temporary file is removed and nothing is stored', async () => {
    const url = await evidenceUrl();
    const before = storedFiles();
    let seenWhileStreaming: string[] = [];
    const body = streamedBody({ name: '中断.pdf', head: Buffer.from('%PDF-1.7\n'), sizeBytes: 10 * MB, abortAfter: 5 * MB, onProgress: () => (seenWhileStreaming = incoming()) });
    await send(url, body).catch(() => null);
    // The upload really was on its way to disk when the client left.
    expect(seenWhileStreaming).toHaveLength(1);
    await vi.waitFor(() => expect(incoming()).toEqual([]), { timeout: 10_000, interval: 100 });
    expect(storedFiles()).toEqual(before);
  });
});
