import { describe, expect, it } from 'vitest';
import { isValidCreditCode } from '../../domain/credit-code/credit-code';
import { CITIES, isChildOfCity } from '../../domain/divisions/divisions';
import { REGISTRY_HISTORY_KINDS } from '../../domain/registry/history';
import { REGISTRY_SERVICE_ITEMS, REGISTRY_STATUSES } from '../../domain/registry/filters';
import { registrySearchText } from '../../domain/registry/search';
import { generateRegistryEntries } from './registry-generator';

const large = generateRegistryEntries(6400, 7);

describe('generated registry entries', () => {
  it('the same count and seed give the same rows; another seed others', () => {
    expect(generateRegistryEntries(70, 1)).toEqual(generateRegistryEntries(70, 1));
    expect(generateRegistryEntries(70, 2).entries[0]?.name).not.toBe(generateRegistryEntries(70, 1).entries[0]?.name);
  });

  it.each([
    { count: 0, statuses: 0, cities: 0 },
    { count: 5, statuses: 5, cities: 5 },
    { count: 21, statuses: 5, cities: 21 },
    { count: 70, statuses: 5, cities: 21 },
  ])('$count entries: $statuses statuses and $cities cities at least', ({ count, statuses, cities }) => {
    const { entries } = generateRegistryEntries(count, 11);
    expect(entries).toHaveLength(count);
    expect(new Set(entries.map((e) => e.status)).size).toBeGreaterThanOrEqual(statuses);
    expect(new Set(entries.map((e) => e.cityCode)).size).toBeGreaterThanOrEqual(cities);
  });

  it('6,400 entries: unique ids, names and certificate numbers; valid credit codes; real divisions', () => {
    const { entries } = large;
    expect(new Set(entries.map((e) => e.id)).size).toBe(6400);
    expect(new Set(entries.map((e) => e.name)).size).toBe(6400);
    const numbers = entries.flatMap((e) => (e.certificateNumber ? [e.certificateNumber] : []));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.every((n) => /^粤中小示范(平台|基地)〔20(1[5-9]|2[0-5])〕\d{3}号$/.test(n))).toBe(true);
    expect(entries.every((e) => isValidCreditCode(e.operatorCreditCode!))).toBe(true);
    expect(entries.every((e) => isChildOfCity(e.cityCode, e.countyCode))).toBe(true);
    expect(new Set(entries.map((e) => e.cityCode)).size).toBe(CITIES.length);
    expect(entries.every((e) => e.batchYear! >= 2015 && e.batchYear! <= 2025)).toBe(true);
    expect(entries.every((e) => (e.serviceItems ?? []).every((item) => (REGISTRY_SERVICE_ITEMS as readonly string[]).includes(item)))).toBe(true);
    expect(new Set(entries.map((e) => e.status))).toEqual(new Set(REGISTRY_STATUSES));
  });

  it('about a tenth national, a few national-only; the rest legacy and provincial', () => {
    const { entries } = large;
    const national = entries.filter((e) => e.isNational).length / entries.length;
    expect(national).toBeGreaterThan(0.06);
    expect(national).toBeLessThan(0.14);
    const miit = entries.filter((e) => e.source === 'miit');
    expect(miit.length).toBeGreaterThan(20);
    expect(miit.every((e) => e.isNational && !e.isProvincial && e.status === 'certified')).toBe(true);
    expect(entries.filter((e) => e.source === 'legacy').every((e) => e.isProvincial)).toBe(true);
  });

  it('a certificate only where there was a certification; details say what the status does not', () => {
    for (const e of large.entries) {
      const wasCertified = e.source === 'legacy' && ['certified', 'rectifying', 'revoked'].includes(e.status!);
      expect(e.certificateNumber !== null, e.name).toBe(wasCertified);
      expect(e.certifiedOn !== null, e.name).toBe(wasCertified);
    }
    const details = new Set(large.entries.map((e) => `${e.status}:${e.statusDetail}`));
    expect(details).toContain('revoked:已撤销认定命名');
    expect(details).toContain('exited:已取消创建资格（第十二条）');
    expect(details).toContain('exited:验收未通过，退出创建');
    expect(details).toContain('certified:复核中');
  });

  it('history: known kinds, in order, in the past, a published reason with every revocation and cancellation', () => {
    const byEntry = new Map<string, typeof large.history>();
    for (const line of large.history) byEntry.set(line.entryId, [...(byEntry.get(line.entryId) ?? []), line]);
    for (const entry of large.entries) {
      const lines = byEntry.get(entry.id) ?? [];
      expect(lines.length, entry.name).toBeGreaterThan(0);
      const dates = lines.map((l) => l.occurredOn);
      expect(dates, entry.name).toEqual([...dates].sort());
      expect(dates.every((d) => d >= '2015-01-01' && d <= '2026-06-30'), entry.name).toBe(true);
      expect(lines.every((l) => (REGISTRY_HISTORY_KINDS as readonly string[]).includes(l.kind))).toBe(true);
      if (entry.status === 'revoked') expect(lines.at(-1)?.kind).toBe('certification_revoked');
      if (entry.certificateNumber) expect(lines.find((l) => l.kind === 'certified')?.label).toContain(entry.certificateNumber);
    }
    const mustSayWhy = large.history.filter((h) => h.kind === 'certification_revoked' || h.kind === 'creation_cancelled' || h.kind === 'rectification_started');
    expect(mustSayWhy.length).toBeGreaterThan(0);
    expect(mustSayWhy.every((h) => h.publicReason)).toBe(true);
  });

  it('former names: one or two, oldest first, searchable, each with its rename in the history', () => {
    const renamed = large.entries.filter((e) => e.formerNames!.length > 0);
    expect(renamed.length).toBeGreaterThan(100);
    expect(renamed.some((e) => e.formerNames!.length === 2)).toBe(true);
    const renamesOf = new Map<string, number>();
    for (const h of large.history) if (h.kind === 'renamed') renamesOf.set(h.entryId, (renamesOf.get(h.entryId) ?? 0) + 1);
    for (const e of renamed) {
      const until = e.formerNames!.map((f) => f.until);
      expect(until).toEqual([...until].sort());
      expect(e.searchText).toBe(registrySearchText({ name: e.name, operatorName: e.operatorName, formerNames: e.formerNames!, certificateNumber: e.certificateNumber ?? null }));
      expect(renamesOf.get(e.id) ?? 0, e.name).toBe(e.formerNames!.length);
    }
  });
});
