// Art. 8: 不得以任何形式排名. A notice lists its entries in a neutral order — city code, county code, then the
// platform's name — never by score; ties on all three fall back to the application number so the order is
// stable from one reading to the next. Text compares by Unicode code point, never by locale (localeCompare
// differs between runtimes): this mirrors the SQL order of src/db/repositories/neutral-order.ts
// (COLLATE "C"), so a list sorted here and one sorted by the database agree.
export interface NeutralEntry {
  cityCode: string;
  countyCode: string;
  name: string;
  applicationNumber: string;
}

/** Code-point order, as COLLATE "C" (UTF-8 byte order); plain `<` would compare UTF-16 units and misplace characters beyond U+FFFF. */
export function byCodePoint(a: string, b: string): number {
  if (a === b) return 0;
  const left = Array.from(a, (char) => char.codePointAt(0) ?? 0);
  const right = Array.from(b, (char) => char.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference < 0 ? -1 : 1;
  }
  return left.length < right.length ? -1 : left.length > right.length ? 1 : 0;
}

export function compareNeutral(a: NeutralEntry, b: NeutralEntry): number {
  return byCodePoint(a.cityCode, b.cityCode) || byCodePoint(a.countyCode, b.countyCode) || byCodePoint(a.name, b.name) || byCodePoint(a.applicationNumber, b.applicationNumber);
}

export function inNeutralOrder<T extends NeutralEntry>(entries: readonly T[]): T[] {
  return [...entries].sort(compareNeutral);
}
