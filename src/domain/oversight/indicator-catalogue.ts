// F8 item 1: the indicators the threshold figure lists — every indicator of every published standard set, by code
// (a neutral order, Art. 8), with the name and 一级指标 group the attachments give it (Attachments 1–2).
import { STANDARD_SETS } from '../standards/standard-sets';
import type { Carrier, PlatformKind } from '../standards/types';

export interface CatalogueIndicator {
  code: string;
  name: string;
  group: string;
  carrier: Carrier;
  platformKinds: readonly PlatformKind[];
}

/** One entry per code; a code kept across versions takes the newest version's wording. */
export function indicatorCatalogue(): CatalogueIndicator[] {
  const byCode = new Map<string, CatalogueIndicator>();
  for (const set of STANDARD_SETS) {
    for (const indicator of set.indicators) byCode.set(indicator.code, { code: indicator.code, name: indicator.name, group: indicator.group, carrier: indicator.carrier, platformKinds: indicator.platformKinds });
  }
  return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The indicators that apply under the dashboard's carrier and platform-kind filters. */
export function indicatorsFor(filter: { carrier: Carrier | null; platformKind: PlatformKind | null }): CatalogueIndicator[] {
  return indicatorCatalogue().filter(
    (indicator) => (filter.carrier === null || indicator.carrier === filter.carrier) && (filter.platformKind === null || indicator.platformKinds.includes(filter.platformKind)),
  );
}
