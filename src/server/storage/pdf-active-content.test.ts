// Crafted PDFs for the active-content scan (F7 item 5; 等保2.0 三级 8.1.4.5 恶意代码防范): each row is a whole small
// PDF; the name may sit in a plain dictionary, be hex-escaped, or hide in a compressed object stream.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { findPdfActiveContent } from './pdf-active-content';

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
  ])('%s → %o', (_, bytes, expected) => {
    const found = findPdfActiveContent(bytes);
    expect(Array.isArray(found) ? [...found].sort() : found).toEqual(Array.isArray(expected) ? [...expected].sort() : expected);
  });
});
