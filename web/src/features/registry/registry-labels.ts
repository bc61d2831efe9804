// How the registry pages word an entry (Art. 8): plain labels from the API's fields, never a score or a rank.
import type { RegistryEntry } from '../../../../src/contracts/registry';
import { REGISTRY_LEVEL_LABELS, type RegistrySource, type RegistryStatus } from '../../../../src/domain/registry/filters';

export const STATUS_COLOURS: Record<RegistryStatus, string> = {
  creating: 'blue',
  certified: 'green',
  rectifying: 'orange',
  revoked: 'red',
  exited: 'default',
};

export const SOURCE_LABELS: Record<RegistrySource, string> = {
  programme: '本系统创建认定',
  legacy: '省级往年认定名单',
  miit: '工业和信息化部公布名单',
};

/** 示范平台 · 综合服务平台, or 示范基地. */
export const carrierText = (entry: RegistryEntry): string =>
  entry.platformKindLabel ? `${entry.carrierLabel} · ${entry.platformKindLabel}` : entry.carrierLabel;

/** The list's short word: 综合服务平台 / 专业服务平台 already say 平台; a base is 示范基地. */
export const kindText = (entry: RegistryEntry): string => entry.platformKindLabel ?? entry.carrierLabel;

/** 韶关市武江区, as an address is written; an entry at the city itself names the city once. */
export const regionText = (entry: RegistryEntry): string =>
  !entry.countyName || entry.countyName === entry.cityName ? entry.cityName : `${entry.cityName}${entry.countyName}`;

/** National first, as Art. 9 names it before the province's own list. */
export const levelLabels = (entry: RegistryEntry): string[] =>
  [entry.isNational && REGISTRY_LEVEL_LABELS.national, entry.isProvincial && REGISTRY_LEVEL_LABELS.provincial].filter(
    (label): label is string => typeof label === 'string',
  );

export const batchText = (entry: RegistryEntry): string => (entry.batchYear === null ? '—' : `${entry.batchYear}年`);

export { websiteHref } from '../../../../src/domain/registry/web-address';
