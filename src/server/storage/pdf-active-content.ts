// Finds active content in a PDF (F7 item 5; 等保2.0 三级 8.1.4.5 恶意代码防范; ASVS V12.2.2): JavaScript, launch
// actions, automatic actions, embedded files and rich media. An uploaded PDF is opened later by reviewers and the
// public, so one that can run anything is refused rather than cleaned. The scan reads the object dictionaries —
// outside stream data (image bytes could match by chance) plus the decompressed object streams (/ObjStm), where
// PDF 1.5+ keeps dictionaries — and normalises #xx escapes in names (ISO 32000-1 §7.3.5: /J#61vaScript is /JavaScript).
import { inflateSync } from 'node:zlib';

/** The PDF names that mark active content; any one of them refuses the file. */
export const ACTIVE_PDF_NAMES = ['JS', 'JavaScript', 'Launch', 'AA', 'EmbeddedFile', 'EmbeddedFiles', 'RichMedia', 'XFA', 'SubmitForm', 'ImportData'] as const;
export type ActivePdfName = (typeof ACTIVE_PDF_NAMES)[number];

// A name is a solidus then regular characters; it ends at whitespace or a delimiter (ISO 32000-1 §7.2.2).
const NAME = /\/([^\s/<>[\]{}()%]*)/g;
const STREAM_START = /(?<!end)stream(?:\r\n|\n|\r)/g;
/** A decompressed object stream larger than this is not inflated further (a zip bomb stops here, and is refused). */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

function decodeName(raw: string): string {
  return raw.replace(/#([0-9a-fA-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function activeNamesIn(text: string, found: Set<ActivePdfName>): void {
  for (const match of text.matchAll(NAME)) {
    const name = decodeName(match[1] ?? '');
    if ((ACTIVE_PDF_NAMES as readonly string[]).includes(name)) found.add(name as ActivePdfName);
  }
}

interface Scan {
  found: Set<ActivePdfName>;
  /** An object stream that could not be read: its dictionaries cannot be checked. */
  isUnreadable: boolean;
}

function scanObjectStream(rawDictionary: string, data: Buffer, scan: Scan): void {
  // Names are compared decoded: /Type/Obj#53tm is /Type/ObjStm to a PDF reader (review finding).
  const dictionary = decodeName(rawDictionary);
  if (!/\/Type\s*\/ObjStm/.test(dictionary)) return;
  if (!/\/Filter\s*\/FlateDecode/.test(dictionary)) {
    if (!/\/Filter/.test(dictionary)) activeNamesIn(data.toString('latin1'), scan.found);
    else scan.isUnreadable = true;
    return;
  }
  try {
    activeNamesIn(inflateSync(data, { maxOutputLength: MAX_INFLATED_BYTES }).toString('latin1'), scan.found);
  } catch {
    scan.isUnreadable = true;
  }
}

/**
 * The active-content names the PDF carries (empty when it has none), or 'unreadable' when an object stream cannot
 * be decompressed and so cannot be checked.
 */
export function findPdfActiveContent(bytes: Buffer): ActivePdfName[] | 'unreadable' {
  const text = bytes.toString('latin1');
  const scan: Scan = { found: new Set(), isUnreadable: false };
  let outside = 0;
  STREAM_START.lastIndex = 0;
  for (let start = STREAM_START.exec(text); start; start = STREAM_START.exec(text)) {
    const dataStart = start.index + start[0].length;
    const end = text.indexOf('endstream', dataStart);
    const dataEnd = end < 0 ? text.length : end;
    const before = text.slice(outside, start.index);
    activeNamesIn(before, scan.found);
    // The stream's dictionary follows the last "N G obj" before the keyword (not just any "obj": a key such as
    // /Xobj would cut the dictionary short — review finding).
    const dictionary = before.slice(lastObjectHeader(before));
    scanObjectStream(dictionary, bytes.subarray(dataStart, trimEol(bytes, dataStart, dataEnd)), scan);
    outside = dataEnd;
    STREAM_START.lastIndex = dataEnd;
  }
  activeNamesIn(text.slice(outside), scan.found);
  if (scan.isUnreadable && scan.found.size === 0) return 'unreadable';
  return [...scan.found];
}

const OBJECT_HEADER = /\d+\s+\d+\s+obj\b/g;

function lastObjectHeader(text: string): number {
  let last = 0;
  for (const match of text.matchAll(OBJECT_HEADER)) last = match.index;
  return last;
}

/** Stream data ends before the EOL that precedes endstream (§7.3.8.1). */
function trimEol(bytes: Buffer, start: number, end: number): number {
  let last = end;
  if (last > start && bytes[last - 1] === 0x0a) last -= 1;
  if (last > start && bytes[last - 1] === 0x0d) last -= 1;
  return last;
}
