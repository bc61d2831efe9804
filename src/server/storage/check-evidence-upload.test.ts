import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/shared/app-error';
import { checkEvidenceUpload } from './check-evidence-upload';

const MAX = 20 * 1024 * 1024;
const HEADS = { pdf: Buffer.from('%PDF-1.7\n'), exe: Buffer.from('MZ\x90\x00'), empty: Buffer.alloc(0) };
// Built inside the test from (head, size), never put in the table: a 20 MB Buffer in an it.each row ran the vitest
// worker out of memory.
const file = (head: keyof typeof HEADS, size: number) => Buffer.concat([HEADS[head], Buffer.alloc(size - HEADS[head].length)]);

function refusal(run: () => unknown): { code: string; message: string } | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, message: error.message };
  }
}

describe('checkEvidenceUpload: kind by the bytes first, then the size', () => {
  it.each([
    ['a PDF of exactly 20 MB', 'pdf', MAX, null],
    ['a PDF one byte over 20 MB', 'pdf', MAX + 1, { code: 'PAYLOAD_TOO_LARGE', message: '文件“a.pdf”超过20 MB，请压缩后重新上传' }],
    ['an executable named .pdf', 'exe', 16, { code: 'UNSUPPORTED_MEDIA_TYPE', message: '文件“a.pdf”不是PDF、JPG或PNG格式（按文件内容识别），请转换后重新上传' }],
    ['an executable over 20 MB (the kind is told first)', 'exe', MAX + 1, { code: 'UNSUPPORTED_MEDIA_TYPE', message: '文件“a.pdf”不是PDF、JPG或PNG格式（按文件内容识别），请转换后重新上传' }],
    ['an empty file', 'empty', 0, { code: 'UNSUPPORTED_MEDIA_TYPE', message: '文件“a.pdf”不是PDF、JPG或PNG格式（按文件内容识别），请转换后重新上传' }],
  ] as const)('%s → %o', (_, head, size, expected) => {
    expect(refusal(() => checkEvidenceUpload({ originalName: 'a.pdf', bytes: file(head, size) }, MAX))).toEqual(expected);
  });

  it('returns the sniffed type', () => {
    expect(checkEvidenceUpload({ originalName: 'a.png', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]) }, MAX)).toBe('image/png');
  });
});
