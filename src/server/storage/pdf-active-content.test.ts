// Crafted PDFs for the active-content scan (F7 item 5; 等保2.0 三级 8.1.4.5 恶意代码防范): each row is a whole small
// PDF; the name may sit in a plain dictionary, be hex-escaped, or hide in a compressed object stream.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { findPdfActiveContent, type PdfScanResult } from './pdf-active-content';

const sorted = (found: PdfScanResult | readonly string[]) => (Array.isArray(found) ? [...(found as string[])].sort() : found);
function* chunksOf(bytes: Buffer, size: number): Generator<Buffer> {
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

const pdf = (...objects: (string | Buffer)[]): Buffer =>
  Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), ...objects.map((o) => (typeof o === 'string' ? Buffer.from(`${o}\n`, 'latin1') : o)), Buffer.from('trailer<</Root 1 0 R>>\n%%EOF\n')]);

const CATALOG = '1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj';
const PAGES = '2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj';

function stream(objectNumber: number, dictionary: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${objectNumber} 0 obj<<${dictionary}/Length ${data.length}>>stream\n`, 'latin1'), data, Buffer.from('\nendstream\nendobj\n', 'latin1')]);
}
const objectStream = (content: string, filter = true) =>
  stream(5, `/Type/ObjStm/N 1/First 4${filter ? '/Filter/FlateDecode' : ''}`, filter ? deflateSync(Buffer.from(content, 'latin1')) : Buffer.from(content, 'latin1'));

describe('findPdfActiveContent', () => {
  it.each([
    ['a plain document', pdf(CATALOG, PAGES), []],
    ['an /OpenAction that only shows page 1', pdf('1 0 obj<</Type/Catalog/Pages 2 0 R/OpenAction[3 0 R/Fit]>>endobj', PAGES), []],
    ['an /OpenAction running JavaScript', pdf('1 0 obj<</Type/Catalog/OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj', PAGES), ['JavaScript', 'JS']],
    ['a /Launch action', pdf(CATALOG, '3 0 obj<</S/Launch/F(cmd.exe)>>endobj'), ['Launch']],
    ['an additional action on a page (/AA)', pdf(CATALOG, '3 0 obj<</Type/Page/AA<</O 4 0 R>>>>endobj'), ['AA']],
    ['an embedded file', pdf(CATALOG, '3 0 obj<</Type/Filespec/EF<</F 4 0 R>>>>endobj', '4 0 obj<</Type/EmbeddedFile>>endobj'), ['EmbeddedFile']],
    ['rich media (Flash)', pdf(CATALOG, '3 0 obj<</Subtype/RichMedia>>endobj'), ['RichMedia']],
    ['a hex-escaped name /J#61vaScript', pdf('1 0 obj<</OpenAction<</S/J#61vaScript/J#53 3 0 R>>>>endobj'), ['JavaScript', 'JS']],
    ['/JavaScript inside a compressed object stream', pdf(CATALOG, objectStream('3 0 <</S/JavaScript/JS(x)>>')), ['JavaScript', 'JS']],
    ['/Launch inside an uncompressed object stream', pdf(CATALOG, objectStream('3 0 <</S/Launch>>', false)), ['Launch']],
    ['an object stream with nothing active', pdf(CATALOG, objectStream('3 0 <</Type/Page>>')), []],
    ['"/JS" bytes inside image data (not a dictionary)', pdf(CATALOG, stream(6, '/Subtype/Image/Filter/DCTDecode', Buffer.from('\xff\xd8/JS /AA \xff\xd9', 'latin1'))), []],
    ['a name that only starts like one (/JSON, /AAB)', pdf('1 0 obj<</JSON 1/AAB 2>>endobj'), []],
    // Review findings: an escaped /Type name, and a key containing "obj" before /Type, hid the object stream.
    ['/JavaScript in an object stream whose type is escaped (/Obj#53tm)', pdf(CATALOG, stream(5, '/Type/Obj#53tm/N 1/First 4/Filter/FlateDecode', deflateSync(Buffer.from('3 0 <</S/JavaScript/JS(x)>>', 'latin1')))), ['JavaScript', 'JS']],
    ['/JavaScript in an object stream with an /Xobj key after /Type', pdf(CATALOG, stream(5, '/Type/ObjStm/Xobj 1/N 1/First 4/Filter/FlateDecode', deflateSync(Buffer.from('3 0 <</S/JavaScript/JS(x)>>', 'latin1')))), ['JavaScript', 'JS']],
    ['a corrupt compressed object stream', pdf(CATALOG, stream(5, '/Type/ObjStm/Filter/FlateDecode', Buffer.from('not deflate data'))), 'unreadable'],
  ])('%s → %o', async (_, bytes, expected) => {
    const found = await findPdfActiveContent(bytes);
    expect(sorted(found)).toEqual(sorted(expected as PdfScanResult));
    // Read from disk the file arrives in chunks: cut at every size the same PDF must give the same answer.
    for (const size of [1, 2, 3, 5, 7, 8, 9, 10, 11, 13, 64]) expect(sorted(await findPdfActiveContent(chunksOf(bytes, size))), `chunks of ${size}`).toEqual(sorted(found));
  });
});

describe('findPdfActiveContent over chunks (memory stays flat)', () => {
  const bigObjectStream = (content: Buffer) => stream(5, '/Type/ObjStm/N 1/First 4/Filter/FlateDecode', deflateSync(content));
  it.each([
    ['/JavaScript after 3 MB of harmless object-stream text', pdf(CATALOG, bigObjectStream(Buffer.concat([Buffer.alloc(3 * 1024 * 1024, ' /Type/Page'), Buffer.from('/S/JavaScript ')]))), ['JavaScript']],
    ['an object stream inflating past 64 MB (a zip bomb)', pdf(CATALOG, bigObjectStream(Buffer.alloc(65 * 1024 * 1024, 0x20))), 'unreadable'],
    ['a stream whose dictionary runs past 64 KB without an object header', pdf(CATALOG, Buffer.from(`<</Type/ObjStm${' '.repeat(70 * 1024)}>>stream\n/JS\nendstream\n`)), 'unreadable'],
    ['a name far longer than any active one, cut by chunks', pdf(`1 0 obj<</${'J'.repeat(5000)}JavaScript 1>>endobj`), []],
  ] as const)('%s', async (_, bytes, expected) => {
    expect(sorted(await findPdfActiveContent(chunksOf(bytes, 64 * 1024)))).toEqual(sorted(expected as PdfScanResult));
  });
});
