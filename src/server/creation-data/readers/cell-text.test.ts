import { describe, expect, it } from 'vitest';
import { detectEncoding } from './csv-rows';
import { cellText } from './xlsx-rows';

describe('xlsx cell text', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    ['  文本 ', '  文本 '],
    [440106, '440106'],
    [4.5, '4.5'],
    [Number.NaN, ''],
    [true, '是'],
    [false, '否'],
    [new Date(Date.UTC(2026, 2, 5)), '2026-03-05'],
    [new Date(Date.UTC(2026, 2, 5, 23, 59, 59)), '2026-03-05'],
    [new Date(Number.NaN), ''],
    [{ richText: [{ text: '华为' }, { text: '技术' }] }, '华为技术'],
    [{ formula: 'A1', result: 5 }, '5'],
    [{ formula: 'B1', result: new Date(Date.UTC(2026, 0, 31)) }, '2026-01-31'],
    [{ text: '链接', hyperlink: 'https://example.cn' }, '链接'],
    [{ error: '#N/A' }, '#N/A'],
  ])('%j → %j', (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});

describe('CSV encoding', () => {
  it.each([
    [[0xef, 0xbb, 0xbf, 0x61], 'utf-8'],
    [[0x61, 0x2c, 0x62], 'utf-8'],
    [[...Buffer.from('统一社会信用代码', 'utf8')], 'utf-8'],
    // A character cut by the 64 KB window is still UTF-8.
    [[...Buffer.from('统一', 'utf8').subarray(0, 4)], 'utf-8'],
    [[...Buffer.from('企业名称,Café', 'utf8')], 'utf-8'],
    // 统一 in GBK: valid two-byte UTF-8 too ("Ͳһ"), but no Chinese that way.
    [[0xcd, 0xb3, 0xd2, 0xbb], 'gb18030'],
    // 统一社会 in GBK: not valid UTF-8 at all.
    [[0xcd, 0xb3, 0xd2, 0xbb, 0xc9, 0xe7, 0xbb, 0xe1], 'gb18030'],
  ] as const)('%j → %s', (bytes, encoding) => {
    expect(detectEncoding(Uint8Array.from(bytes))).toBe(encoding);
  });
});
