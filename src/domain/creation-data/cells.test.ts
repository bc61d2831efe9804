import { describe, expect, it } from 'vitest';
import { HAS_NUL, readDate, readText } from './cells';

describe('readText', () => {
  it.each([
    ['名称', { ok: true, value: '名称' }],
    [' 名称 ', { ok: true, value: '名称' }],
    ['名\u0000称', { ok: false, reason: HAS_NUL }],
    ['\u0000', { ok: false, reason: HAS_NUL }],
    ['', { ok: false, reason: '不能为空' }],
    ['一二三四五', { ok: true, value: '一二三四五' }],
    ['一二三四五六', { ok: false, reason: '不能超过5个字' }],
  ])('%j', (raw, expected) => {
    expect(readText(raw, 5)).toEqual(expected);
  });
});

describe('readDate: a real day from 1900 on', () => {
  it.each([
    ['1900-01-01', { ok: true, value: '1900-01-01' }],
    ['1900年1月1日', { ok: true, value: '1900-01-01' }],
    ['1899-12-31', { ok: false, reason: '日期1899-12-31的年份早于1900年，请检查年份是否写全（例如2026）' }],
    ['0026-03-05', { ok: false, reason: '日期0026-03-05的年份早于1900年，请检查年份是否写全（例如2026）' }],
    ['0000-01-01', { ok: false, reason: '日期0000-01-01的年份早于1900年，请检查年份是否写全（例如2026）' }],
    ['2026-02-29', { ok: false, reason: '日期2026-02-29不存在' }],
    ['2026-03-05\u0000', { ok: false, reason: '日期格式应为YYYY-MM-DD，例如2026-03-05' }],
  ])('%j', (raw, expected) => {
    expect(readDate(raw)).toEqual(expected);
  });
});
