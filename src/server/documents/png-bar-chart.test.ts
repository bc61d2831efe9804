// The PNG encoder and bar chart of the yearly report (F8 item 3): decoded back with zlib, the file must be a valid
// PNG (signature, IHDR, CRCs, IDAT) whose pixels are where the bars should be — in the given order, never sorted.
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawBarChart, encodePng, plotArea, SERIES_COLOURS, tableCrc32 } from './png-bar-chart';

interface Decoded {
  width: number;
  height: number;
  header: Buffer;
  chunkTypes: string[];
  pixel(x: number, y: number): [number, number, number];
}

function decode(png: Buffer): Decoded {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunkTypes: string[] = [];
  const idat: Buffer[] = [];
  let header: Buffer = Buffer.alloc(0);
  for (let offset = 8; offset < png.length; ) {
    const length = png.readUInt32BE(offset);
    const type = png.subarray(offset + 4, offset + 8).toString('ascii');
    const data = png.subarray(offset + 8, offset + 8 + length);
    expect(png.readUInt32BE(offset + 8 + length), `CRC of ${type}`).toBe(tableCrc32(png.subarray(offset + 4, offset + 8 + length)));
    chunkTypes.push(type);
    if (type === 'IHDR') header = data;
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const raw = zlib.inflateSync(Buffer.concat(idat));
  expect(raw.length).toBe((width * 3 + 1) * height);
  return {
    width,
    height,
    header,
    chunkTypes,
    pixel(x, y) {
      const row = y * (width * 3 + 1);
      expect(raw[row], 'filter type').toBe(0);
      const at = row + 1 + x * 3;
      return [raw[at] as number, raw[at + 1] as number, raw[at + 2] as number];
    },
  };
}

const WHITE = [255, 255, 255];

describe('encodePng', () => {
  it('writes the signature, IHDR (8-bit truecolour), IDAT and IEND, and the pixels come back as given', () => {
    const rgb = new Uint8Array([255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
    const png = decode(encodePng(3, 2, rgb));
    expect(png.chunkTypes).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect([png.width, png.height]).toEqual([3, 2]);
    expect([...png.header.subarray(8)]).toEqual([8, 2, 0, 0, 0]);
    expect([png.pixel(0, 0), png.pixel(1, 0), png.pixel(2, 0), png.pixel(0, 1), png.pixel(2, 1)]).toEqual([
      [255, 0, 0],
      [0, 255, 0],
      [0, 0, 255],
      [10, 20, 30],
      [70, 80, 90],
    ]);
  });

  it.each([
    [0, 1, 0],
    [1, 0, 0],
    [1.5, 1, 5],
    [2, 2, 11],
  ])('refuses %s × %s pixels with %s bytes', (width, height, bytes) => {
    expect(() => encodePng(width, height, new Uint8Array(bytes))).toThrow(RangeError);
  });

  it('computes the CRC-32 of the PNG specification (check value of "123456789" is CBF43926)', () => {
    expect(tableCrc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    if (typeof zlib.crc32 === 'function') expect(zlib.crc32(Buffer.from('IEND'))).toBe(tableCrc32(Buffer.from('IEND')));
  });
});

describe('drawBarChart', () => {
  const width = 200;
  const height = 100;
  const area = plotArea(width, height);
  const slot = (area.right - area.left) / 3;
  const middleOf = (index: number) => Math.floor(area.left + index * slot + slot / 2);

  it('draws each bar in its slot, in the given order, as tall as its share of the largest value', () => {
    const png = decode(drawBarChart({ categories: [[1], [4], [2]], colours: [SERIES_COLOURS[0] ?? [0, 0, 0]], width, height }));
    const blue = [...(SERIES_COLOURS[0] ?? [])];
    const plotHeight = area.bottom - area.top;
    // The largest (second) bar reaches the top of the plot; the first is a quarter of it, the third a half.
    expect(png.pixel(middleOf(1), area.top)).toEqual(blue);
    expect(png.pixel(middleOf(0), area.bottom - Math.round(plotHeight / 4))).toEqual(blue);
    expect(png.pixel(middleOf(0), area.bottom - Math.round(plotHeight / 4) - 1)).toEqual(WHITE);
    expect(png.pixel(middleOf(2), area.bottom - Math.round(plotHeight / 2))).toEqual(blue);
    expect(png.pixel(middleOf(2), area.bottom - Math.round(plotHeight / 2) - 1)).toEqual(WHITE);
    // Axis at the bottom, white ground outside the plot.
    expect(png.pixel(middleOf(0), area.bottom)).toEqual([140, 140, 140]);
    expect(png.pixel(0, 0)).toEqual(WHITE);
  });

  it('puts the series of one category side by side in their own colours', () => {
    const colours = [SERIES_COLOURS[0] ?? [0, 0, 0], SERIES_COLOURS[1] ?? [0, 0, 0]];
    const png = decode(drawBarChart({ categories: [[3, 3], [0, 0], [0, 0]], colours, width, height }));
    const left = Math.floor(area.left) + Math.max(1, Math.floor(slot * 0.15));
    const barWidth = Math.floor((slot - 2 * Math.max(1, Math.floor(slot * 0.15))) / 2);
    expect(png.pixel(left + 1, area.bottom - 1)).toEqual([...(colours[0] ?? [])]);
    expect(png.pixel(left + barWidth + 1, area.bottom - 1)).toEqual([...(colours[1] ?? [])]);
    expect(png.pixel(middleOf(1), area.bottom - 1)).toEqual(WHITE);
  });

  it('draws only the axes when every value is zero or there is nothing', () => {
    for (const categories of [[[0], [0]], []]) {
      const png = decode(drawBarChart({ categories, colours: SERIES_COLOURS, width, height }));
      expect(png.pixel(middleOf(0), area.bottom - 1)).toEqual(WHITE);
      expect(png.pixel(area.left - 1, area.top + 5)).toEqual([140, 140, 140]);
    }
  });
});
