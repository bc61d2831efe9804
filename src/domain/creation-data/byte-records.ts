// A run of CSV records as byte spans of one buffer of UTF-8 text: how the CSV reader hands a big file to the import
// engine without making a string per cell (a million-row file would otherwise be eight million strings). Plain
// typed arrays, so the pure row readers of the domain can read them too.

export interface ByteRecords {
  /** UTF-8 text, already checked to be valid UTF-8 over every span. */
  bytes: Uint8Array;
  /** How many records. */
  count: number;
  /** The row number the user sees of record 0 (the header row is 1); record r is row `firstRowNumber + r`. */
  firstRowNumber: number;
  /**
   * Record r's fields are the span pairs k = bounds[r] … bounds[r + 1] − 1: field k starts at spans[2k] and ends
   * (exclusive) at spans[2k + 1]. A record has at least one field. A line's CR before its LF is not in any span.
   */
  bounds: Int32Array;
  spans: Int32Array;
}

export function isByteRecords(value: unknown): value is ByteRecords {
  return typeof value === 'object' && value !== null && 'bounds' in value && 'spans' in value;
}
