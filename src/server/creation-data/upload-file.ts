// An import upload, streamed to a temporary file under DATA_DIR/tmp while it is counted, hashed and its first bytes
// kept: over the cap it is refused (413) as soon as the cap is passed, so a 2 GB upload never fills memory or disk.
// Its type is decided by content and name together: a zip named .xlsx, or text named .csv.
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../domain/shared/app-error';

export type ImportFormat = 'xlsx' | 'csv';

export interface ReceivedFile {
  path: string;
  originalName: string;
  sha256: string;
  sizeBytes: number;
  format: ImportFormat;
}

const HEAD_BYTES = 4096;

function tooLarge(maxBytes: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', `文件超过${Math.floor(maxBytes / 1024 / 1024)} MB，请分成几个文件分别导入`);
}

function wrongType(name: string, detail: string): AppError {
  return new AppError('UNSUPPORTED_MEDIA_TYPE', `文件“${name}”${detail}。请上传Excel工作簿（.xlsx）或CSV文件（.csv），可先下载模板填写`, {
    issues: [{ path: 'file', message: '仅支持.xlsx或.csv文件' }],
  });
}

/** xlsx: a zip (PK\3\4) named .xlsx; csv: text (no NUL byte, not a zip/OLE/PDF) named .csv. */
export function decideFormat(head: Uint8Array, originalName: string): ImportFormat {
  const extension = path.extname(originalName).toLowerCase();
  const isZip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  const isOle = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
  const isText = !isZip && !isOle && !head.includes(0) && !(head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46);
  if (extension === '.xls' || isOle) throw wrongType(originalName, '是旧版Excel（.xls）格式，请在Excel中“另存为”.xlsx');
  if (extension === '.xlsx') {
    if (isZip) return 'xlsx';
    throw wrongType(originalName, '的扩展名是.xlsx，但内容不是Excel工作簿');
  }
  if (extension === '.csv') {
    if (isText) return 'csv';
    throw wrongType(originalName, '的扩展名是.csv，但内容不是文本');
  }
  throw wrongType(originalName, '不是Excel（.xlsx）或CSV文件');
}

/** Streams the upload to disk; the caller removes `path` when done (also on failure, see removeReceived). */
export async function receiveImportFile(dataDir: string, content: Readable, originalName: string, maxBytes: number): Promise<ReceivedFile> {
  const folder = path.join(dataDir, 'tmp');
  await mkdir(folder, { recursive: true });
  const target = path.join(folder, `import-upload-${randomUUID()}`);
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let headBytes = 0;
  let sizeBytes = 0;
  let format: ImportFormat | undefined;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      sizeBytes += chunk.length;
      if (sizeBytes > maxBytes) return callback(tooLarge(maxBytes));
      if (headBytes < HEAD_BYTES) {
        head.push(chunk.subarray(0, HEAD_BYTES - headBytes));
        headBytes += Math.min(chunk.length, HEAD_BYTES - headBytes);
        // The type is known from the first bytes: a wrong one is refused before the rest is read.
        if (headBytes === HEAD_BYTES) {
          try {
            format = decideFormat(Buffer.concat(head), originalName);
          } catch (error) {
            return callback(error as Error);
          }
        }
      }
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  const sink = createWriteStream(target);
  try {
    await pipeline(content, meter, sink);
    if (sizeBytes === 0) throw new AppError('IMPORT_UNREADABLE', `文件“${originalName}”是空的：请在模板中填写数据后重新导入`);
    format ??= decideFormat(Buffer.concat(head), originalName);
    return { path: target, originalName, sha256: hash.digest('hex'), sizeBytes, format };
  } catch (error) {
    if (!sink.closed) await new Promise<void>((resolve) => sink.once('close', () => resolve()));
    await rm(target, { force: true });
    throw error;
  }
}

export async function removeReceived(file: ReceivedFile | undefined): Promise<void> {
  if (file) await rm(file.path, { force: true });
}
