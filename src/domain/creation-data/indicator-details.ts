// What lies behind two platform indicators (F4 item 3 drill-down): which next-level divisions the served
// enterprises cover (服务覆盖面情况) and which service items of the platform kind's list were delivered
// (服务功能情况). Both list every division and item in a fixed order (division code; the attachment's order),
// never by volume (Art. 8).
import { divisionName, isKnownDivision, mapUpToLevel, nextLevelOf } from '../divisions/divisions';
import type { StandardSet } from '../standards/types';

/** The participants an event needs to count (Attachment 1: 每场活动15家以上企业参加), read from the standard set. */
export function eventMinParticipants(set: StandardSet): number | null {
  for (const indicator of set.indicators) {
    for (const threshold of [...indicator.creation.thresholds, ...indicator.certification.thresholds]) {
      if (threshold.kind === 'compare' && threshold.measure === 'offlineEvents' && threshold.perItem) return threshold.perItem.value;
    }
  }
  return null;
}

export interface RecordsAt {
  divisionCode: string;
  serviceItem: string;
  records: number;
}

export interface DivisionCoverageRow {
  code: string;
  name: string;
  isCovered: boolean;
  records: number;
}

export interface DivisionCoverage {
  regionName: string;
  divisions: DivisionCoverageRow[];
  covered: number;
  total: number;
  /** Known division codes under no next-level division of the region (elsewhere in 广东, or the region itself). */
  outside: { code: string; name: string; records: number }[];
  /** Codes that are not 广东 divisions we know. */
  unknown: { code: string; records: number }[];
}

export function divisionCoverage(region: string, groups: readonly RecordsAt[]): DivisionCoverage {
  const level = nextLevelOf(region) ?? [];
  const recordsByDivision = new Map<string, number>();
  const outside = new Map<string, number>();
  const unknown = new Map<string, number>();
  const add = (map: Map<string, number>, code: string, n: number) => map.set(code, (map.get(code) ?? 0) + n);
  for (const group of groups) {
    if (!isKnownDivision(group.divisionCode)) add(unknown, group.divisionCode, group.records);
    else {
      const division = mapUpToLevel(group.divisionCode, region);
      if (division) add(recordsByDivision, division.code, group.records);
      else add(outside, group.divisionCode, group.records);
    }
  }
  const divisions = level.map((d) => ({ code: d.code, name: d.name, isCovered: recordsByDivision.has(d.code), records: recordsByDivision.get(d.code) ?? 0 }));
  const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  return {
    regionName: divisionName(region) ?? region,
    divisions,
    covered: divisions.filter((d) => d.isCovered).length,
    total: divisions.length,
    outside: [...outside].map(([code, records]) => ({ code, name: divisionName(code) ?? code, records })).sort(byCode),
    unknown: [...unknown].map(([code, records]) => ({ code, records })).sort(byCode),
  };
}

export interface ServiceItemRow {
  item: string;
  isDelivered: boolean;
  records: number;
}

export interface ServiceItemDelivery {
  items: ServiceItemRow[];
  delivered: number;
  /** Items recorded that are not on the kind's list: shown, never counted. */
  unlisted: { item: string; records: number }[];
}

export function serviceItemDelivery(list: readonly string[], groups: readonly RecordsAt[]): ServiceItemDelivery {
  const records = new Map<string, number>();
  for (const group of groups) records.set(group.serviceItem, (records.get(group.serviceItem) ?? 0) + group.records);
  const items = list.map((item) => ({ item, isDelivered: records.has(item), records: records.get(item) ?? 0 }));
  const unlisted = [...records]
    .filter(([item]) => !list.includes(item))
    .map(([item, n]) => ({ item, records: n }))
    .sort((a, b) => (a.item < b.item ? -1 : a.item > b.item ? 1 : 0));
  return { items, delivered: items.filter((i) => i.isDelivered).length, unlisted };
}
