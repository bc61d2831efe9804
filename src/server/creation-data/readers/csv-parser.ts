// A CSV parser (RFC 4180: quoted fields, "" inside quotes, line breaks inside quotes, CRLF or LF) that is fed text in
// pieces and hands back whole records, so a file of any size streams through with one record's text held at a time.

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/** One record longer than this is not a data row (a stray quote swallowing the file): the file is refused. */
export const MAX_RECORD_CHARS = 1024 * 1024;

export class CsvRecordTooLong extends Error {}

export class CsvParser {
  private rest = '';

  /** Parses the complete records of `rest + text`; keeps an unfinished last record for the next call. */
  feed(text: string, emit: (fields: string[]) => void): void {
    const source = this.rest === '' ? text : this.rest + text;
    this.rest = source.slice(this.parse(source, emit, false));
    if (this.rest.length > MAX_RECORD_CHARS) throw new CsvRecordTooLong();
  }

  /** The end of the file: the last record needs no line break. */
  end(emit: (fields: string[]) => void): void {
    if (this.rest !== '') this.parse(this.rest, emit, true);
    this.rest = '';
  }

  /** Returns where the first unfinished record starts (source.length when every record is complete). */
  private parse(source: string, emit: (fields: string[]) => void, isFinal: boolean): number {
    const length = source.length;
    let recordStart = 0;
    let position = 0;
    let fields: string[] = [];
    // Where the next quote, carriage return and comma are (-1: not looked for yet); they only move forward, so a
    // chunk is scanned for each once, however many lines it has.
    let nextQuote = -1;
    let nextCr = -1;
    let nextComma = -1;
    const find = (ch: string, from: number): number => {
      const at = source.indexOf(ch, from);
      return at < 0 ? length : at;
    };
    while (position < length) {
      // Fast path: a whole line without quotes or stray carriage returns is split at its commas.
      const lineEnd = fields.length === 0 ? source.indexOf('\n', position) : -1;
      if (lineEnd >= 0) {
        if (nextQuote < position) nextQuote = find('"', position);
        if (nextCr < position) nextCr = find('\r', position);
        const contentEnd = lineEnd > position && source.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
        if (nextQuote > lineEnd && nextCr >= contentEnd) {
          const record: string[] = [];
          let start = position;
          for (;;) {
            if (nextComma < start) nextComma = find(',', start);
            if (nextComma >= contentEnd) break;
            record.push(source.slice(start, nextComma));
            start = nextComma + 1;
          }
          record.push(source.slice(start, contentEnd));
          emit(record);
          position = lineEnd + 1;
          recordStart = position;
          continue;
        }
      }
      let value = '';
      if (source.charCodeAt(position) === QUOTE) {
        let chunkStart = position + 1;
        for (;;) {
          const close = source.indexOf('"', chunkStart);
          if (close < 0) {
            // A quote never closed: wait for more text, or at the end take the rest of the file as the field.
            if (!isFinal) return recordStart;
            value += source.slice(chunkStart);
            position = length;
            break;
          }
          if (source.charCodeAt(close + 1) === QUOTE) {
            value += source.slice(chunkStart, close + 1);
            chunkStart = close + 2;
            continue;
          }
          value += source.slice(chunkStart, close);
          position = close + 1;
          break;
        }
      }
      // Unquoted text, or text after a closing quote (`"a"b`, kept as spreadsheet programs do).
      const start = position;
      while (position < length) {
        const code = source.charCodeAt(position);
        if (code === COMMA || code === LF || code === CR) break;
        position += 1;
      }
      if (position > start) value += source.slice(start, position);
      if (position === length) {
        if (!isFinal) return recordStart;
        fields.push(value);
        emit(fields);
        return length;
      }
      fields.push(value);
      const code = source.charCodeAt(position);
      if (code === COMMA) {
        position += 1;
        if (position === length) {
          if (!isFinal) return recordStart;
          fields.push('');
          emit(fields);
          return length;
        }
        continue;
      }
      // A line break ends the record; CRLF counts as one.
      if (code === CR) {
        if (position + 1 === length && !isFinal) return recordStart;
        position += source.charCodeAt(position + 1) === LF ? 2 : 1;
      } else {
        position += 1;
      }
      emit(fields);
      fields = [];
      recordStart = position;
    }
    return length;
  }
}
