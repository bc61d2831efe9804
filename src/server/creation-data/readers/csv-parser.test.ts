import { describe, expect, it } from 'vitest';
import { CsvParser, CsvRecordTooLong, MAX_RECORD_CHARS } from './csv-parser';

function parseAll(pieces: readonly string[]): string[][] {
  const records: string[][] = [];
  const parser = new CsvParser();
  for (const piece of pieces) parser.feed(piece, (fields) => records.push(fields));
  parser.end((fields) => records.push(fields));
  return records;
}

/** Every way of cutting the text in two must give the same records as the whole text. */
function parseEverySplit(text: string): string[][] {
  const whole = parseAll([text]);
  for (let cut = 0; cut <= text.length; cut += 1) expect(parseAll([text.slice(0, cut), text.slice(cut)]), `cut at ${cut}`).toEqual(whole);
  return whole;
}

describe('CsvParser', () => {
  it.each([
    ['a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['a,b\n1,2', [['a', 'b'], ['1', '2']]],
    ['a,b\r1,2', [['a', 'b'], ['1', '2']]],
    ['a,,c\n', [['a', '', 'c']]],
    ['a,b,\n', [['a', 'b', '']]],
    ['a,b,', [['a', 'b', '']]],
    ['"a,1","b""q"""\n', [['a,1', 'b"q"']]],
    ['"line1\nline2",x\n', [['line1\nline2', 'x']]],
    ['"line1\r\nline2",x\r\n', [['line1\r\nline2', 'x']]],
    ['"",x\n', [['', 'x']]],
    ['"a"b,c\n', [['ab', 'c']]],
    ['a\n\nb\n', [['a'], [''], ['b']]],
    ['"open,never closed\nx', [['open,never closed\nx']]],
    ['中文,统一社会信用代码\n广州,914403001922038216\n', [['中文', '统一社会信用代码'], ['广州', '914403001922038216']]],
    ['', []],
    ['a,b\n"c,d",e\nf,g\n', [['a', 'b'], ['c,d', 'e'], ['f', 'g']]],
    ['a\nb\nc\n', [['a'], ['b'], ['c']]],
    ['a\rb\nc\n', [['a'], ['b'], ['c']]],
    ['a,b\r\n\r\nc,"d\ne"\r\nf\n', [['a', 'b'], [''], ['c', 'd\ne'], ['f']]],
    [',,\n,\n', [['', '', ''], ['', '']]],
  ])('parses %j the same however it is cut', (text, records) => {
    expect(parseEverySplit(text)).toEqual(records);
  });

  it('refuses a record longer than the limit (a stray quote swallowing the file)', () => {
    const parser = new CsvParser();
    expect(() => parser.feed(`"${'x'.repeat(MAX_RECORD_CHARS + 1)}`, () => undefined)).toThrow(CsvRecordTooLong);
  });
});
