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

/** The file-name extensions each accepted kind may carry (lower case, without the dot). */
export const EXTENSIONS_BY_MEDIA_TYPE: Readonly<Record<SniffedMediaType, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
};

/**
 * Whether the name's extension is one the sniffed kind may carry (F7 item 5; ASVS V12.2.1): content and name must
 * agree, so a PNG named .pdf or .jpg is refused rather than stored under a name that lies about it.
 */
export function doesNameMatchMediaType(fileName: string, mediaType: SniffedMediaType): boolean {
  const extension = /\.([^.\\/]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  return extension !== undefined && EXTENSIONS_BY_MEDIA_TYPE[mediaType].includes(extension);
}
