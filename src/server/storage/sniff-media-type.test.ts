import { describe, expect, it } from 'vitest';
import { sniffMediaType } from './sniff-media-type';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('media type by magic bytes, never by name', () => {
  it.each([
    ['PDF', Buffer.from('%PDF-1.7\n'), 'application/pdf'],
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), 'image/png'],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0), 'image/jpeg'],
    ['a Windows executable', Buffer.from('MZ\x90\x00'), null],
    ['a ZIP (e.g. a .pptx)', bytes(0x50, 0x4b, 0x03, 0x04), null],
    ['an MP4 video', bytes(0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70), null],
    ['text that mentions PDF', Buffer.from(' %PDF-'), null],
    ['a truncated PNG signature', bytes(0x89, 0x50, 0x4e), null],
    ['nothing', bytes(), null],
  ])('%s → %s', (_, head, expected) => {
    expect(sniffMediaType(head)).toBe(expected);
  });
});
