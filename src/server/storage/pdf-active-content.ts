// Finds active content in a PDF (F7 item 5; 等保2.0 三级 8.1.4.5 恶意代码防范; ASVS V12.2.2): JavaScript, launch
// actions, automatic actions, embedded files and rich media. An uploaded PDF is opened later by reviewers and the
// public, so one that can run anything is refused rather than cleaned. The scan reads the object dictionaries —
// outside stream data (image bytes could match by chance) plus the decompressed object streams (/ObjStm), where
// PDF 1.5+ keeps dictionaries — and normalises #xx escapes in names (ISO 32000-1 §7.3.5: /J#61vaScript is /JavaScript).
// It reads the file as a stream of chunks and keeps only a bounded window (a token cut by a chunk boundary is carried
// over), and inflates object streams as streams too: memory stays flat whatever the file's size (F7 item 5).
import { finished } from 'node:stream/promises';
import { createInflate } from 'node:zlib';

/** The PDF names that mark active content; any one of them refuses the file. */
export const ACTIVE_PDF_NAMES = ['JS', 'JavaScript', 'Launch', 'AA', 'EmbeddedFile', 'EmbeddedFiles', 'RichMedia', 'XFA', 'SubmitForm', 'ImportData'] as const;
export type ActivePdfName = (typeof ACTIVE_PDF_NAMES)[number];
export type PdfScanResult = ActivePdfName[] | 'unreadable';

// A name is a solidus then regular characters; it ends at whitespace or a delimiter (ISO 32000-1 §7.2.2).
const NAME = /\/([^\s/<>[\]{}()%]*)/g;
const DELIMITER = /[\s/<>[\]{}()%]/;
const STREAM_START = /(?<!end)stream(?:\r\n|\n|\r)/g;
const OBJECT_HEADER = /\d+\s+\d+\s+obj\b/g;
/** A decompressed object stream larger than this is not inflated further (a zip bomb stops here, and is refused). */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;
/** "/EmbeddedFiles" with every letter #xx-escaped is 40 characters: a longer name decodes to none of ACTIVE_PDF_NAMES. */
const LONGEST_ACTIVE_NAME = 1 + 13 * 3;
/** A stream's dictionary longer than this (no "N G obj" within it) cannot be judged, and makes the PDF unreadable. */
const MAX_DICTIONARY_CHARS = 64 * 1024;
/** "stream\r\n": a keyword cut by a chunk boundary is kept until the next chunk. */
const LONGEST_STREAM_KEYWORD = 8;
/** "endstream" less one, plus the EOL before it that is not stream data (§7.3.8.1). */
const DATA_HOLD_BACK = 8 + 2;

function decodeName(raw: string): string {
  return raw.replace(/#([0-9a-fA-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function activeNamesIn(text: string, found: Set<ActivePdfName>): void {
  for (const match of text.matchAll(NAME)) {
    const name = decodeName(match[1] ?? '');
    if ((ACTIVE_PDF_NAMES as readonly string[]).includes(name)) found.add(name as ActivePdfName);
  }
}

/** Scans text arriving in pieces for names; a name cut by a piece boundary is completed by the next piece. */
class NameScanner {
  private carry = '';
  constructor(private readonly found: Set<ActivePdfName>) {}

  push(text: string): void {
    const all = this.carry + text;
    let last = all.length - 1;
    while (last >= 0 && !DELIMITER.test(all[last]!)) last -= 1;
    if (last >= 0 && all[last] === '/') {
      activeNamesIn(all.slice(0, last), this.found);
      // A name too long to be an active one may be cut short: it still matches none.
      this.carry = all.slice(last, last + LONGEST_ACTIVE_NAME + 1);
    } else {
      activeNamesIn(all, this.found);
      this.carry = '';
    }
  }

  end(): void {
    activeNamesIn(this.carry, this.found);
    this.carry = '';
  }
}

/** The index of the last "N G obj" in the text, or -1 (not just any "obj": a key such as /Xobj — review finding). */
function lastObjectHeader(text: string, isComplete: boolean): number {
  let last = -1;
  for (const match of text.matchAll(OBJECT_HEADER)) if (isComplete || match.index + match[0].length < text.length) last = match.index;
  return last;
}

/** The text since the last object header before a stream: that stream's dictionary. Bounded. */
class DictionaryTracker {
  private text = '';
  private isCut = false;

  push(text: string): void {
    this.text += text;
    const header = lastObjectHeader(this.text, false);
    if (header >= 0) {
      this.text = this.text.slice(header);
      this.isCut = false;
    }
    if (this.text.length > MAX_DICTIONARY_CHARS) {
      this.text = this.text.slice(-MAX_DICTIONARY_CHARS);
      this.isCut = true;
    }
  }

  /** The dictionary, or null when it was too long to keep; starts over for the next stream. */
  take(): string | null {
    const header = lastObjectHeader(this.text, true);
    const dictionary = header >= 0 ? this.text.slice(header) : this.isCut ? null : this.text;
    this.text = '';
    this.isCut = false;
    return dictionary;
  }
}

interface StreamReader {
  push(data: string): Promise<void>;
  end(): Promise<void>;
}

const plainObjectStream = (found: Set<ActivePdfName>): StreamReader => {
  const names = new NameScanner(found);
  return { push: async (data) => names.push(data), end: async () => names.end() };
};

/**
 * Inflates a FlateDecode object stream as it arrives and scans what comes out. Its names count only when the whole
 * stream inflates (as a one-shot inflate would): a broken or oversized one makes the PDF unreadable instead.
 */
function inflatingObjectStream(scan: PdfScan): StreamReader {
  const inflater = createInflate();
  const local = new Set<ActivePdfName>();
  const names = new NameScanner(local);
  let inflatedBytes = 0;
  let isFailed = false;
  const fail = () => {
    isFailed = true;
    inflater.destroy();
  };
  inflater.on('data', (chunk: Buffer) => {
    inflatedBytes += chunk.length;
    if (inflatedBytes > MAX_INFLATED_BYTES) return fail();
    names.push(chunk.toString('latin1'));
  });
  inflater.on('error', () => (isFailed = true));
  return {
    async push(data) {
      if (isFailed || data.length === 0) return;
      if (inflater.write(Buffer.from(data, 'latin1'))) return;
      // Wait for the inflater to catch up, so compressed input never piles up in memory.
      await new Promise<void>((resolve) => {
        const done = () => {
          inflater.off('drain', done);
          inflater.off('close', done);
          resolve();
        };
        inflater.on('drain', done);
        inflater.on('close', done);
      });
    },
    async end() {
      if (!isFailed) {
        inflater.end();
        await finished(inflater).catch(() => (isFailed = true));
      }
      if (isFailed) {
        scan.isUnreadable = true;
        return;
      }
      names.end();
      for (const name of local) scan.found.add(name);
    },
  };
}

function trimEol(data: string): string {
  let end = data.length;
  if (end > 0 && data[end - 1] === '\n') end -= 1;
  if (end > 0 && data[end - 1] === '\r') end -= 1;
  return data.slice(0, end);
}

class PdfScan {
  readonly found = new Set<ActivePdfName>();
  /** An object stream that could not be read: its dictionaries cannot be checked. */
  isUnreadable = false;
  private isInStream = false;
  /** Outside stream data: text not yet scanned, and up to 3 characters before it (the "end" of "endstream"). */
  private outside = '';
  private context = '';
  private readonly names = new NameScanner(this.found);
  private readonly dictionary = new DictionaryTracker();
  /** Inside stream data: the held-back tail, and where the data goes (null: skipped). */
  private data = '';
  private reader: StreamReader | null = null;

  async push(text: string, isLast: boolean): Promise<void> {
    let pending = text;
    for (;;) {
      if (this.isInStream) {
        const rest = await this.pushData(pending, isLast);
        if (rest === null) return;
        pending = rest;
      } else {
        const rest = this.pushOutside(pending, isLast);
        if (rest === null) return;
        pending = rest;
      }
    }
  }

  private scanOutside(text: string): void {
    this.names.push(text);
    this.dictionary.push(text);
  }

  /** Scans text outside streams; returns the text after a stream keyword, or null once all is consumed. */
  private pushOutside(text: string, isLast: boolean): string | null {
    const all = this.context + this.outside + text;
    STREAM_START.lastIndex = this.context.length;
    const start = STREAM_START.exec(all);
    // A keyword ending at the very end might be "stream\r" of a "stream\r\n" not yet read: decided with the next chunk.
    if (start && (isLast || start.index + start[0].length < all.length)) {
      this.scanOutside(all.slice(this.context.length, start.index));
      this.names.end();
      this.reader = this.openStream(this.dictionary.take());
      this.isInStream = true;
      this.outside = '';
      this.context = '';
      return all.slice(start.index + start[0].length);
    }
    const body = all.slice(this.context.length);
    const cut = isLast ? body.length : Math.max(0, body.length - LONGEST_STREAM_KEYWORD);
    this.scanOutside(body.slice(0, cut));
    this.context = all.slice(0, this.context.length + cut).slice(-3);
    this.outside = body.slice(cut);
    if (isLast) this.names.end();
    return null;
  }

  /** Hands stream data on; returns the text from "endstream" on, or null once all is consumed. */
  private async pushData(text: string, isLast: boolean): Promise<string | null> {
    const all = this.data + text;
    const end = all.indexOf('endstream');
    if (end < 0 && !isLast) {
      const cut = Math.max(0, all.length - DATA_HOLD_BACK);
      await this.reader?.push(all.slice(0, cut));
      this.data = all.slice(cut);
      return null;
    }
    await this.reader?.push(trimEol(end < 0 ? all : all.slice(0, end)));
    await this.reader?.end();
    this.reader = null;
    this.data = '';
    this.isInStream = false;
    return end < 0 ? null : all.slice(end);
  }

  private openStream(rawDictionary: string | null): StreamReader | null {
    if (rawDictionary === null) {
      this.isUnreadable = true;
      return null;
    }
    // Names are compared decoded: /Type/Obj#53tm is /Type/ObjStm to a PDF reader (review finding).
    const dictionary = decodeName(rawDictionary);
    if (!/\/Type\s*\/ObjStm/.test(dictionary)) return null;
    if (/\/Filter\s*\/FlateDecode/.test(dictionary)) return inflatingObjectStream(this);
    if (!/\/Filter/.test(dictionary)) return plainObjectStream(this.found);
    this.isUnreadable = true;
    return null;
  }
}

/**
 * The active-content names the PDF carries (empty when it has none), or 'unreadable' when an object stream cannot
 * be decompressed (or a stream's dictionary is too long to judge) and so cannot be checked. Takes the whole file or
 * its chunks in order (a file read from disk: createReadStream).
 */
export async function findPdfActiveContent(content: Buffer | AsyncIterable<Buffer> | Iterable<Buffer>): Promise<PdfScanResult> {
  const scan = new PdfScan();
  for await (const chunk of Buffer.isBuffer(content) ? [content] : content) await scan.push(chunk.toString('latin1'), false);
  await scan.push('', true);
  if (scan.isUnreadable && scan.found.size === 0) return 'unreadable';
  return [...scan.found];
}
