import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/shared/app-error';
import { guardUpload, type UploadBudget } from './upload-guard';

async function run(chunks: Buffer[], maxFileBytes: number, budget: UploadBudget) {
  const guard = guardUpload({
    maxFileBytes,
    budget,
    wrongType: () => new AppError('UNSUPPORTED_MEDIA_TYPE', 'type'),
    fileTooLarge: () => new AppError('PAYLOAD_TOO_LARGE', 'file'),
    overBudget: () => new AppError('PAYLOAD_TOO_LARGE', 'total'),
  });
  const out: Buffer[] = [];
  try {
    await pipeline(Readable.from(chunks), guard.stream, async (source: AsyncIterable<Buffer>) => {
      for await (const chunk of source) out.push(chunk);
    });
    return { mediaType: guard.mediaType(), bytes: Buffer.concat(out) };
  } catch (error) {
    return { refused: (error as AppError).message };
  }
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

describe('guardUpload', () => {
  it.each([
    ['a PNG split across chunks passes unchanged', [PNG.subarray(0, 3), PNG.subarray(3)], 100, 100, { mediaType: 'image/png', bytes: PNG }],
    ['a 3-byte JPEG (shorter than the longest signature)', [Buffer.from([0xff, 0xd8, 0xff])], 100, 100, { mediaType: 'image/jpeg', bytes: Buffer.from([0xff, 0xd8, 0xff]) }],
    ['an empty file', [], 100, 100, { refused: 'type' }],
    ['a text file', [Buffer.from('hello world')], 100, 100, { refused: 'type' }],
    ['exactly the file limit', [PNG], PNG.length, 100, { mediaType: 'image/png', bytes: PNG }],
    ['one byte over the file limit', [PNG], PNG.length - 1, 100, { refused: 'file' }],
    ['exactly what is left of the request', [PNG], 100, PNG.length, { mediaType: 'image/png', bytes: PNG }],
    ['one byte over what is left of the request', [PNG], 100, PNG.length - 1, { refused: 'total' }],
  ])('%s', async (_name, chunks, maxFileBytes, remainingBytes, expected) => {
    expect(await run(chunks, maxFileBytes, { remainingBytes })).toEqual(expected);
  });
});
