// Art. 8: 不得以任何形式排名. A notice lists its entries in a neutral order — city code, county code, then the
// platform's name — never by score; ties on all three fall back to the application number so the order is
// stable from one reading to the next.
export interface NeutralEntry {
  cityCode: string;
  countyCode: string;
  name: string;
  applicationNumber: string;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function compareNeutral(a: NeutralEntry, b: NeutralEntry): number {
  return byText(a.cityCode, b.cityCode) || byText(a.countyCode, b.countyCode) || a.name.localeCompare(b.name, 'zh-CN') || byText(a.applicationNumber, b.applicationNumber);
}

export function inNeutralOrder<T extends NeutralEntry>(entries: readonly T[]): T[] {
  return [...entries].sort(compareNeutral);
}
