// Generated 信息数据库 entries (Art. 9; ADR 0017) for demo mode and the registry bench: the province's list from before
// the system (source legacy) and a few national entries known only from MIIT's list (source miit). Deterministic: the
// same count and seed give the same rows. Fictional names and operators, valid credit codes, real division codes,
// never a person's data; never one of the demo organisations (those are the programme's own operators).
import { CITIES, type City } from '../../domain/divisions/divisions';
import { creditCodeCheckCharacter, CREDIT_CODE_ALPHABET } from '../../domain/credit-code/credit-code';
import { REGISTRY_SERVICE_ITEMS, type RegistryCarrier, type RegistryStatus } from '../../domain/registry/filters';
import { registrySearchText } from '../../domain/registry/search';
import type { FormerName } from '../../domain/registry/types';
import type { RegistryEntryInsert, RegistryHistoryInsert } from '../repositories/registry-write.repository';
import { DEMO_ORGANISATIONS } from './demo-data';
import { AREA_CODES, baseName, CATEGORY_PREFIX, CITY_TAGS, IDENTIFIER_PREFIX, operatorName, platformName, type OperatorCategory, type Place } from './registry-names';
import { entryTimeline, type Timeline } from './registry-timeline';
import { seededRandom, type Random } from './seeded-random';

export type GeneratedRegistryEntry = RegistryEntryInsert & { id: string };
export interface GeneratedRegistry {
  entries: GeneratedRegistryEntry[];
  history: RegistryHistoryInsert[];
}

type PlatformKind = 'comprehensive' | 'professional';
interface Profile {
  source: 'legacy' | 'miit';
  carrier: RegistryCarrier;
  kind: PlatformKind | null;
  status: RegistryStatus;
  isNational: boolean;
}
interface Operator {
  category: OperatorCategory;
  countyCode: string;
  name: string;
  creditCode: string;
  publicPhone: string | null;
  website: string | null;
  formerNames: FormerName[];
}

// The first entries cover every status, both carriers, both platform kinds and both national forms, so even a small
// demo list shows each of them; the rest are drawn.
const GUARANTEED: Profile[] = [
  { source: 'legacy', carrier: 'platform', kind: 'comprehensive', status: 'certified', isNational: true },
  { source: 'legacy', carrier: 'platform', kind: 'professional', status: 'creating', isNational: false },
  { source: 'legacy', carrier: 'base', kind: null, status: 'rectifying', isNational: false },
  { source: 'legacy', carrier: 'platform', kind: 'professional', status: 'revoked', isNational: false },
  { source: 'legacy', carrier: 'platform', kind: 'comprehensive', status: 'exited', isNational: false },
  { source: 'miit', carrier: 'platform', kind: null, status: 'certified', isNational: true },
  { source: 'miit', carrier: 'base', kind: null, status: 'certified', isNational: true },
];
const STATUS_WEIGHTS: Record<RegistryStatus, number> = { certified: 72, creating: 10, rectifying: 6, revoked: 6, exited: 6 };
// Roughly where the province's platforms are: the Pearl River Delta holds most.
const CITY_WEIGHTS: Record<string, number> = {
  '440100': 16, '440300': 16, '440600': 10, '441900': 9, '442000': 5, '440400': 4, '441300': 4, '440700': 4, '440500': 3, '440800': 3,
  '441200': 3, '441800': 2, '440900': 2, '445200': 2, '441400': 2, '440200': 2, '445100': 2, '441600': 2, '441700': 2, '441500': 1, '445300': 1,
};
const COMPREHENSIVE_ITEMS = REGISTRY_SERVICE_ITEMS.slice(0, 11);
const PROFESSIONAL_ITEMS = REGISTRY_SERVICE_ITEMS.slice(11);
const DEMO_NAMES = new Set(DEMO_ORGANISATIONS.map((o) => o.name));
const DEMO_CREDIT_CODES = new Set(DEMO_ORGANISATIONS.map((o) => o.creditCodeBase + creditCodeCheckCharacter(o.creditCodeBase)));

function cityByCode(code: string): City {
  const city = CITIES.find((c) => c.code === code);
  if (!city) throw new Error(`unknown city ${code}`);
  return city;
}

function drawProfile(random: Random): Profile {
  if (random.chance(0.015)) return { source: 'miit', carrier: random.chance(0.8) ? 'platform' : 'base', kind: null, status: 'certified', isNational: true };
  const carrier: RegistryCarrier = random.chance(0.25) ? 'base' : 'platform';
  const status = random.weighted(STATUS_WEIGHTS);
  return {
    source: 'legacy',
    carrier,
    kind: carrier === 'base' ? null : random.chance(0.4) ? 'comprehensive' : 'professional',
    status,
    isNational: status === 'certified' && random.chance(0.1),
  };
}

function serviceItemsOf(random: Random, profile: Profile): string[] {
  // MIIT's list names no service items; bases list none (DESIGN §4 lists are platforms').
  if (profile.source === 'miit' || profile.kind === null) return [];
  const items =
    profile.kind === 'comprehensive'
      ? [...random.sample(COMPREHENSIVE_ITEMS, random.int(4, 8)), ...random.sample(PROFESSIONAL_ITEMS, random.int(0, 2))]
      : [...random.sample(PROFESSIONAL_ITEMS, random.int(1, 3)), ...random.sample(COMPREHENSIVE_ITEMS, random.int(0, 1))];
  // The order of the standard's list, whatever order they were drawn in.
  return REGISTRY_SERVICE_ITEMS.filter((item) => items.includes(item));
}

export function generateRegistryEntries(count: number, seed: number, asOf = new Date('2026-07-01T00:00:00Z')): GeneratedRegistry {
  const random = seededRandom(seed);
  const usedNames = new Set<string>(DEMO_NAMES);
  const usedCodes = new Set<string>(DEMO_CREDIT_CODES);
  const certificateSerials = new Map<string, number>();
  const operatorsByCity = new Map<string, Operator[]>();
  const entries: GeneratedRegistryEntry[] = [];
  const history: RegistryHistoryInsert[] = [];

  const uniqueName = (make: () => string, otherwise = make): string => {
    for (const maker of [make, otherwise]) {
      for (let attempt = 0; attempt < 30; attempt += 1) {
        const name = maker();
        if (!usedNames.has(name)) return remember(name);
      }
    }
    // Only a very large count exhausts the word lists of one county: number the rest as 二期, 三期….
    for (let phase = 2; ; phase += 1) {
      const name = `${make()}（${phase}期）`;
      if (!usedNames.has(name)) return remember(name);
    }
  };
  const remember = (name: string) => {
    usedNames.add(name);
    return name;
  };

  const newCreditCode = (category: OperatorCategory, place: Place): string => {
    const division = place.county.code.length === 6 ? place.county.code : place.city.code;
    for (;;) {
      const identifier = IDENTIFIER_PREFIX[category] + Array.from({ length: 7 }, () => random.pick([...CREDIT_CODE_ALPHABET])).join('');
      const first17 = CATEGORY_PREFIX[category] + division + identifier;
      const code = first17 + creditCodeCheckCharacter(first17);
      if (!usedCodes.has(code)) {
        usedCodes.add(code);
        return code;
      }
    }
  };

  const newOperator = (place: Place, serial: number): Operator => {
    const category = random.weighted<OperatorCategory>({ institution: 40, enterprise: 45, association: 15 });
    const area = AREA_CODES[place.city.code]!;
    return {
      category,
      countyCode: place.county.code,
      // A county whose institutions' names are all taken gets a company instead (its names are city-wide and many).
      name: uniqueName(() => operatorName(random, place, category), () => operatorName(random, place, 'enterprise')),
      creditCode: newCreditCode(category, place),
      publicPhone: random.chance(0.6) ? `${area}-${random.int(2, 8)}${String(random.int(0, 9_999_999)).padStart(7, '0')}` : null,
      website: random.chance(0.4) ? `https://www.${CITY_TAGS[place.city.code]}sme${String(serial).padStart(4, '0')}.example.com` : null,
      formerNames: [],
    };
  };

  for (let i = 0; i < count; i += 1) {
    const profile = GUARANTEED[i] ?? drawProfile(random);
    // The first 21 entries take one city each, so every city shows once the list is that long.
    const city: City = CITIES[i] ?? cityByCode(random.weighted(CITY_WEIGHTS));
    const place: Place = { city, county: random.pick(city.children) };
    const id = random.uuid();
    const timeline: Timeline = entryTimeline(random, profile, certificateSerials);

    const cityOperators = operatorsByCity.get(city.code) ?? [];
    operatorsByCity.set(city.code, cityOperators);
    // Some operators run more than one listed platform or base (matching MIIT's list by credit code must cope): one
    // of the same county, or a company of the same city (its name says no county).
    const reusable = i >= GUARANTEED.length && random.chance(0.03) ? cityOperators.filter((o) => o.formerNames.length === 0 && (o.countyCode === place.county.code || o.category === 'enterprise')) : [];
    const reused = reusable.length > 0 ? random.pick(reusable) : undefined;
    const operator = reused ?? newOperator(place, i + 1);
    if (!reused) {
      // Art. 11: a retained rename leaves the former names on the entry (about one entry in twelve; a few twice).
      if (profile.source === 'legacy' && random.chance(0.08)) {
        // Between the entry's first and last public act, so no rename follows a revocation or an exit.
        const firstYear = Number(timeline.startsOn.slice(0, 4));
        const lastYear = timeline.endsOn ? Number(timeline.endsOn.slice(0, 4)) : 2026;
        const renames = random.chance(0.3) ? 2 : 1;
        const years = random.sample([2020, 2021, 2022, 2023, 2024, 2025].filter((y) => y > firstYear && y < lastYear), renames).sort();
        let current = operator.name;
        for (const year of years.reverse()) {
          const former = uniqueName(() => operatorName(random, place, operator.category));
          const until = `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
          operator.formerNames.unshift({ name: former, until });
          timeline.lines.push({ occurredOn: until, kind: 'renamed', label: `运营主体由“${former}”更名为“${current}”`, publicReason: null });
          current = former;
        }
      }
      cityOperators.push(operator);
    }

    const name = uniqueName(() => (profile.carrier === 'base' ? baseName(random, place) : platformName(random, place, profile.kind ?? random.pick(['comprehensive', 'professional'] as const))));
    entries.push({
      id,
      source: profile.source,
      applicationId: null,
      name,
      operatorName: operator.name,
      operatorCreditCode: operator.creditCode,
      carrier: profile.carrier,
      platformKind: profile.kind,
      cityCode: city.code,
      countyCode: place.county.code,
      isProvincial: profile.source === 'legacy',
      isNational: profile.isNational,
      batchYear: timeline.batchYear,
      status: profile.status,
      statusDetail: timeline.statusDetail,
      certificateNumber: timeline.certificateNumber,
      certifiedOn: timeline.certifiedOn,
      serviceItems: serviceItemsOf(random, profile),
      publicPhone: operator.publicPhone,
      website: operator.website,
      formerNames: operator.formerNames,
      searchText: registrySearchText({ name, operatorName: operator.name, formerNames: operator.formerNames, certificateNumber: timeline.certificateNumber }),
      updatedAt: asOf,
    });
    for (const line of timeline.lines.sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0))) history.push({ ...line, entryId: id, applicationEventId: null, createdAt: asOf });
  }
  return { entries, history };
}
