import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/shared/app-error';
import { checkEvidenceUpload } from './check-evidence-upload';

const MAX = 20 * 1024 * 1024;
const HEADS = { pdf: Buffer.from('%PDF-1.7\n'), exe: Buffer.from('MZ\x90\x00'), empty: Buffer.alloc(0) };
// Built inside the test from (head, size), never put in the table: a 20 MB Buffer in an it.each row ran the vitest
// worker out of memory.
const file = (head: keyof typeof HEADS, size: number) => Buffer.concat([HEADS[head], Buffer.alloc(size - HEADS[head].length)]);

async function refusal(run: () => Promise<unknown>): Promise<{ code: string; message: string } | null> {
  try {
    await run();
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
  ] as const)('%s → %o', async (_, head, size, expected) => {
    expect(await refusal(() => checkEvidenceUpload({ originalName: 'a.pdf', bytes: file(head, size) }, MAX))).toEqual(expected);
  });

  it('returns the sniffed type', async () => {
    expect(await checkEvidenceUpload({ originalName: 'a.png', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]) }, MAX)).toBe('image/png');
  });
});

describe('checkEvidenceUpload: content and extension together (F7 item 5)', () => {
  const PDF = Buffer.from('%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\n%%EOF\n');
  const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
  const JPG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
  const CONTENT = { PDF, PNG, JPG } as const;
  it.each([
    ['报告.pdf', 'PDF', 'application/pdf'],
    ['报告.PDF', 'PDF', 'application/pdf'],
    ['照片.png', 'PNG', 'image/png'],
    ['照片.jpg', 'JPG', 'image/jpeg'],
    ['照片.JPEG', 'JPG', 'image/jpeg'],
    ['照片.png.pdf', 'PDF', 'application/pdf'],
    ['报告.pdf', 'PNG', '文件“报告.pdf”的内容是PNG，扩展名应为.png，请核对后重新上传'],
    ['照片.jpg', 'PNG', '文件“照片.jpg”的内容是PNG，扩展名应为.png，请核对后重新上传'],
    ['照片.png', 'JPG', '文件“照片.png”的内容是JPG，扩展名应为.jpg或.jpeg，请核对后重新上传'],
    ['报告.png', 'PDF', '文件“报告.png”的内容是PDF，扩展名应为.pdf，请核对后重新上传'],
    ['报告', 'PDF', '文件“报告”的内容是PDF，扩展名应为.pdf，请核对后重新上传'],
    ['报告.pdf.exe', 'PDF', '文件“报告.pdf.exe”的内容是PDF，扩展名应为.pdf，请核对后重新上传'],
    ['报告.pdf ', 'PDF', 'application/pdf'],
  ] as const)('%s holding a %s → %s', async (name, content, expected) => {
    const outcome = await refusal(() => checkEvidenceUpload({ originalName: name, bytes: CONTENT[content] }, MAX));
    if (expected.includes('/')) expect(outcome).toBeNull();
    else expect(outcome).toEqual({ code: 'UNSUPPORTED_MEDIA_TYPE', message: expected });
  });

  it('refuses a PDF carrying JavaScript, naming the file and what it found, with the issue on the field file', async () => {
    const bytes = Buffer.from('%PDF-1.7\n1 0 obj<</Type/Catalog/OpenAction<</S/J#61vaScript/JS(app.alert(1))>>>>endobj\n%%EOF\n');
    try {
      await checkEvidenceUpload({ originalName: '方案.pdf', bytes }, MAX);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: '文件“方案.pdf”含有脚本、自动动作或嵌入文件（JavaScript、JS），不能上传；请打印为PDF或另存为不含脚本的PDF后重新上传',
        issues: [{ path: 'file', message: 'PDF含有脚本或嵌入内容' }],
      });
    }
  });
});
