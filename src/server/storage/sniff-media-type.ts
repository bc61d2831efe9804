// What a file really is, judged by its first bytes (magic numbers), never by the name or the Content-Type the
// sender claims: an upload named .pdf that is not a PDF is refused. One sniffer for every upload in the system.

export type SniffedMediaType = 'application/pdf' | 'image/jpeg' | 'image/png';

const SIGNATURES: readonly { mediaType: SniffedMediaType; bytes: readonly number[] }[] = [
  { mediaType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mediaType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/** The longest signature: how many leading bytes a caller must hand in. */
export const SNIFF_BYTES = 8;

/** The media type the leading bytes prove, or null when they match none of the accepted kinds. */
export function sniffMediaType(head: Uint8Array): SniffedMediaType | null {
  for (const { mediaType, bytes } of SIGNATURES) {
    if (head.length >= bytes.length && bytes.every((byte, index) => head[index] === byte)) return mediaType;
  }
  return null;
}
