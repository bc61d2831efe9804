// Demo mode's programme (F8: the 统计看板 must show figures on the seeded data): the published 2024 and 2025 calls,
// about 160 applications from all 21 cities with their operating organisations, the submitted version each was
// decided on, the history rows (application_events) of its path (demo-programme-plan.ts) and the creation objects'
// half-yearly progress reports (demo-programme-reports.ts), the data the creation objects and certified ones have
// reported — service records, events, resource pools, entries, a base's enterprises — from which the 统计看板's
// indicator standings are computed (demo-programme-service.ts), and for the certified the 拟认定对象公示, the 认定公告
// and their certificates (demo-programme-certification.ts). Deterministic (seeded-random.ts). Journeys and tests
// start without it (SHIFAN_DEMO_PROGRAMME=off).
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../domain/applications/canonical-json';
import { formatApplicationNumber } from '../../domain/applications/application-content';
import type { CallContent } from '../../domain/calls/annual-call';
import { creditCodeCheckCharacter, CREDIT_CODE_ALPHABET, isValidCreditCode } from '../../domain/credit-code/credit-code';
import type { City } from '../../domain/divisions/divisions';
import { NEW_APPLICATION_FACTS } from '../../domain/lifecycle/context';
import type { OperatorKind } from '../../domain/shared/operator-kinds';
import type { Db } from '../client';
import type { NoticeEntry } from '../schema/publicity';
import { callsRepository } from '../repositories/calls.repository';
import { applicationEvents, applications, applicationVersions, organisations } from '../schema/index';
import { DEMO_ORGANISATIONS } from './demo-data';
import { cityAllocation, planPath, SCENARIO_WEIGHTS, type PlannedPath, type ProgrammeYear, type Scenario } from './demo-programme-plan';
import { buildProgrammeContent } from './demo-programme-content';
import { insertDemoCertification } from './demo-programme-certification';
import { insertProgressReports } from './demo-programme-reports';
import { insertDemoCreationData, type DemoCreationObject } from './demo-programme-service';
import { AREA_CODES, baseName, CATEGORY_PREFIX, IDENTIFIER_PREFIX, operatorName, personName, platformName, type OperatorCategory, type Place } from './registry-names';
import { seededRandom, type Random } from './seeded-random';

/** Fixed, so every demo start shows the same programme. */
export const DEMO_PROGRAMME_SEED = 20240301;
export const DEMO_PROGRAMME_SIZE = 160;
const YEARS: readonly ProgrammeYear[] = [2024, 2025];
const OPERATOR_KINDS: Record<OperatorCategory, OperatorKind> = { institution: 'public_institution', association: 'social_organisation', enterprise: 'commissioned_enterprise' };

export interface DemoProgrammeCounts {
  calls: number;
  organisations: number;
  applications: number;
  events: number;
  certificates: number;
  serviceRecords: number;
}

function callContent(year: ProgrammeYear): CallContent {
  return {
    year,
    title: `关于开展${year}年度广东省中小企业公共服务示范平台（基地）创建工作的通知`,
    text: '各地级以上市中小企业主管部门：\n现就创建工作通知如下。申请创建不收取任何费用。',
    creationQuota: 60,
    cityCaps: {},
    opensOn: `${year}-03-03`,
    closesOn: `${year}-04-30`,
    cityReviewDeadline: `${year}-05-30`,
    standardVersion: 'guangdong-2025-v1',
    criterionWeights: { 'plan.content': 20, 'plan.innovation': 20, 'plan.demonstration': 20, 'plan.path': 15, 'plan.expectedResults': 15, 'plan.support': 10 },
    maxScore: 10,
  };
}

/** A valid unified social credit code (GB 32100) no other demo organisation has. */
function creditCode(random: Random, category: OperatorCategory, divisionCode: string, taken: Set<string>): string {
  for (;;) {
    const body = Array.from({ length: 7 }, () => random.pick([...CREDIT_CODE_ALPHABET])).join('');
    const first17 = `${CATEGORY_PREFIX[category]}${divisionCode}${IDENTIFIER_PREFIX[category]}${body}`;
    const code = first17 + (creditCodeCheckCharacter(first17) ?? '');
    if (isValidCreditCode(code) && !taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}

const at = (day: string, random: Random): Date => new Date(`${day}T${String(random.int(9, 17)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00+08:00`);

function factsOf(path: PlannedPath) {
  return { ...NEW_APPLICATION_FACTS, creationPeriodEndsOn: path.creationPeriodEndsOn, isExtended: path.isExtended, reReviewDueOn: path.reReviewDueOn };
}

/**
 * Inserts the programme; call inside seedDemo's transaction. `sealPhone` seals the contacts' phones as the
 * organisations' own are (F7 item 6); `createdBy` is the province officer who published the calls.
 */
export async function seedDemoProgramme(tx: Db, options: { createdBy: string; sealPhone: (phone: string) => string }, seed = DEMO_PROGRAMME_SEED): Promise<DemoProgrammeCounts> {
  const random = seededRandom(seed);
  // A stream of its own for the progress reports, so adding them left the programme itself as it was.
  const reportRandom = seededRandom(seed + 1);
  // And one for the reported data, so adding it left the programme and its reports as they were.
  const dataRandom = seededRandom(seed + 2);
  const counts: DemoProgrammeCounts = { calls: 0, organisations: 0, applications: 0, events: 0, certificates: 0, serviceRecords: 0 };
  const calls = new Map<ProgrammeYear, { id: string }>();
  for (const year of YEARS) {
    const now = new Date(`${year}-02-20T02:00:00Z`);
    const draft = await callsRepository.insertDraft(tx, { ...callContent(year), copiedFromId: null, createdBy: options.createdBy, now });
    const published = await callsRepository.publish(tx, draft.id, options.createdBy, now);
    if (!published) throw new Error(`demo programme: a call for ${year} is already published`);
    calls.set(year, published);
    counts.calls += 1;
  }
  const taken = new Set(DEMO_ORGANISATIONS.map((o) => o.creditCodeBase + creditCodeCheckCharacter(o.creditCodeBase)));
  const sequences = new Map<string, number>();
  // Each city's first two applications go one to each year, so every city shows in both calls.
  const perCity = new Map<string, number>();
  const certified: NoticeEntry[] = [];
  const creationObjects: DemoCreationObject[] = [];
  for (const city of cityAllocation(random, DEMO_PROGRAMME_SIZE, 3)) {
    const index = perCity.get(city.code) ?? 0;
    perCity.set(city.code, index + 1);
    const year: ProgrammeYear = index < 2 ? YEARS[index]! : random.chance(0.45) ? 2024 : 2025;
    const scenario = random.weighted<Scenario>(SCENARIO_WEIGHTS[year] as Record<Scenario, number>);
    counts.events += await insertApplication(tx, random, { city, year, scenario, callId: calls.get(year)!.id, taken, sequences, sealPhone: options.sealPhone, reportRandom, certified, creationObjects });
    counts.organisations += 1;
    counts.applications += 1;
  }
  counts.serviceRecords = await insertDemoCreationData(tx, dataRandom, creationObjects);
  counts.certificates = (await insertDemoCertification(tx, certified, options.createdBy)).size;
  return counts;
}

interface ApplicationSpec {
  city: City;
  year: ProgrammeYear;
  scenario: Scenario;
  callId: string;
  taken: Set<string>;
  sequences: Map<string, number>;
  sealPhone: (phone: string) => string;
  reportRandom: Random;
  /** Collects the certified ones for their 认定公告. */
  certified: NoticeEntry[];
  /** Collects every application: the creation objects and certified ones among them get their reported data. */
  creationObjects: DemoCreationObject[];
}

async function insertApplication(tx: Db, random: Random, spec: ApplicationSpec): Promise<number> {
  const { city, year } = spec;
  const place: Place = { city, county: random.pick(city.children) };
  const category = random.weighted<OperatorCategory>({ institution: 5, association: 2, enterprise: 3 });
  const divisionCode = place.county.code.length === 6 ? place.county.code : city.code;
  // The code, then the name: the order the random stream was drawn in before the certificates needed the name.
  const organisationCreditCode = creditCode(random, category, divisionCode, spec.taken);
  const organisationName = operatorName(random, place, category);
  const [organisation] = await tx
    .insert(organisations)
    .values({
      creditCode: organisationCreditCode,
      name: organisationName,
      operatorKind: OPERATOR_KINDS[category],
      isBranch: false,
      cityCode: city.code,
      countyCode: place.county.code,
      establishedOn: `${random.int(2005, 2019)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
      contactName: personName(random),
      contactPhone: spec.sealPhone(`13${random.int(500000000, 999999999)}`),
      publicPhone: `${AREA_CODES[city.code] ?? '020'}-${random.int(80000000, 89999999)}`,
      createdAt: new Date(`${year}-02-25T02:00:00Z`),
    })
    .returning({ id: organisations.id });
  if (!organisation) throw new Error('demo programme: organisation not inserted');

  const isBase = random.chance(0.25);
  const platformKind = isBase ? null : random.chance(0.45) ? 'comprehensive' : 'professional';
  const name = platformKind ? platformName(random, place, platformKind) : baseName(random, place);
  const content = buildProgrammeContent(random, { name, place, year, platformKind });
  const path = planPath(random, year, spec.scenario);
  const sequence = (spec.sequences.get(`${year}-${city.code}`) ?? 0) + 1;
  spec.sequences.set(`${year}-${city.code}`, sequence);
  const firstOn = path.steps[0]!.on;
  const times = path.steps.map((step) => at(step.on, random));
  // One version per submission (a returned application resubmitted is on its second), as submit-application.ts keeps.
  const versions = times.filter((_, index) => ['submit', 'resubmit'].includes(path.steps[index]!.event));
  const [application] = await tx
    .insert(applications)
    .values({
      callId: spec.callId,
      organisationId: organisation.id,
      cityCode: city.code,
      applicationNumber: formatApplicationNumber(year, city.code, sequence),
      name,
      carrier: content.carrier,
      state: path.state,
      facts: factsOf(path),
      content: content as unknown as Record<string, unknown>,
      standardVersion: 'guangdong-2025-v1',
      submittedVersion: versions.length,
      createdAt: new Date(`${firstOn}T01:00:00Z`),
      updatedAt: times[times.length - 1]!,
    })
    .returning({ id: applications.id });
  if (!application) throw new Error('demo programme: application not inserted');
  // The frozen copy as submit-application.ts keeps it (content and materials; the demo has no uploaded files).
  const snapshot = { content, materials: [] };
  const contentSha256 = createHash('sha256').update(canonicalJson(snapshot), 'utf8').digest('hex');
  await tx.insert(applicationVersions).values(versions.map((submittedAt, index) => ({ applicationId: application.id, version: index + 1, content: snapshot as unknown as Record<string, unknown>, contentSha256, submittedAt })));
  let fromState = 'draft';
  const rows = path.steps.map((step, index) => {
    const row = { applicationId: application.id, fromState, event: step.event, toState: step.toState, actorRole: step.actorRole, reason: step.reason, isReasonPublic: step.isReasonPublic, effects: [], occurredAt: times[index]! };
    fromState = step.toState;
    return row;
  });
  await tx.insert(applicationEvents).values(rows);
  await insertProgressReports(tx, spec.reportRandom, application.id, path, content);
  spec.creationObjects.push({ applicationId: application.id, path, content, place });
  if (path.state === 'certified') {
    spec.certified.push({ applicationId: application.id, applicationNumber: formatApplicationNumber(year, city.code, sequence), name, organisationName, cityCode: city.code, countyCode: place.county.code, carrier: content.carrier });
  }
  return rows.length;
}
