// Bar charts for the yearly programme report (F8 item 3), drawn as PNG in plain Node: the server has no browser to
// render a charting library in, and Word shows a PNG everywhere. The image holds no text — labels and values are in
// the table beside it and in its caption, so no font is needed. Bars are drawn in the order given (division code or
// lifecycle stage), never sorted by value (Art. 8: no league tables).
import zlib from 'node:zlib';

export type Rgb = readonly [number, number, number];

export interface BarChartInput {
  /** One entry per category (a city, a stage), in the order they are drawn; each holds one value per series. */
  categories: readonly (readonly number[])[];
  /** One colour per series. */
  colours: readonly Rgb[];
  width?: number;
  height?: number;
}

export const SERIES_COLOURS: readonly Rgb[] = [
  [22, 119, 255],
  [82, 196, 26],
  [250, 173, 20],
  [114, 46, 209],
];
const AXIS: Rgb = [140, 140, 140];
const MARGIN = 12;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as PNG chunks need it (ISO 3309); the table form for Node versions before zlib.crc32 (20.15). */
export function tableCrc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const crc32: (bytes: Uint8Array) => number = typeof zlib.crc32 === 'function' ? (bytes) => zlib.crc32(bytes) : tableCrc32;

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A truecolour 8-bit PNG (colour type 2) of `rgb`, row after row, 3 bytes a pixel. */
export function encodePng(width: number, height: number, rgb: Uint8Array): Buffer {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) throw new RangeError('PNG size must be positive whole pixels');
  if (rgb.length !== width * height * 3) throw new RangeError('pixel data does not match the PNG size');
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // bit depth 8, truecolour, deflate, adaptive filtering, no interlace
  const stride = width * 3;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (stride + 1)] = 0; // filter type None
    raw.set(rgb.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function fillRect(rgb: Uint8Array, width: number, x0: number, y0: number, x1: number, y1: number, colour: Rgb): void {
  for (let y = y0; y < y1; y += 1) {
    for (let x = x0; x < x1; x += 1) rgb.set(colour, (y * width + x) * 3);
  }
}

/** The plot area a chart of this size draws its bars in: inside the margins, above and right of the axes. */
export function plotArea(width: number, height: number): { left: number; top: number; right: number; bottom: number } {
  return { left: MARGIN + 1, top: MARGIN, right: width - MARGIN, bottom: height - MARGIN - 1 };
}

/**
 * Grouped bars on a white ground with a grey axis at the left and the bottom. Every bar's height is its value over
 * the largest value (a zero draws nothing); each category gets an equal slot, its series side by side.
 */
export function drawBarChart(input: BarChartInput): Buffer {
  const width = input.width ?? 640;
  const height = input.height ?? 240;
  const rgb = new Uint8Array(width * height * 3).fill(255);
  const area = plotArea(width, height);
  fillRect(rgb, width, area.left - 1, area.top, area.left, area.bottom + 1, AXIS);
  fillRect(rgb, width, area.left - 1, area.bottom, area.right, area.bottom + 1, AXIS);
  const max = Math.max(0, ...input.categories.flat());
  const count = input.categories.length;
  if (max > 0 && count > 0) {
    const slot = (area.right - area.left) / count;
    const series = Math.max(1, ...input.categories.map((values) => values.length));
    const gap = Math.max(1, Math.floor(slot * 0.15));
    const barWidth = Math.max(1, Math.floor((slot - 2 * gap) / series));
    input.categories.forEach((values, index) => {
      const slotLeft = Math.floor(area.left + index * slot) + gap;
      values.forEach((value, s) => {
        const barHeight = Math.round((Math.max(0, value) / max) * (area.bottom - area.top));
        const x0 = slotLeft + s * barWidth;
        const colour = input.colours[s % input.colours.length] ?? (SERIES_COLOURS[0] as Rgb);
        if (barHeight > 0) fillRect(rgb, width, x0, area.bottom - barHeight, Math.min(x0 + barWidth - (series > 1 ? 1 : 0), area.right), area.bottom, colour);
      });
    });
  }
  return encodePng(width, height, rgb);
}
