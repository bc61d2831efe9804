// One creation object (创建对象, Art. 7(2)) as every creation-period screen and use case sees it, loaded with the
// access check: the operator its own, a city its own city's, the province and the auditors all (Art. 13);
// a role without the action → 403; an object that does not exist, is not (yet) a creation object, or is outside
// the person's reach → the same 404 with the same message as a missing record. Every creation-period use case
// loads its object through here, so the policy is applied the same way everywhere.
import type { CreationObjectSummary } from '../../contracts/creation-objects';
import type { ApplicationRow } from '../../db/repositories/applications.repository';
import { creationObjectsRepository, type CreationObjectRow } from '../../db/repositories/creation-objects.repository';
import { authorize, type Action, type Actor } from '../../domain/access/policy';
import { isCollectingData } from '../../domain/creation-data/collection-states';
import { creationPeriod, isWithin, type CreationPeriod, type PeriodWindow } from '../../domain/creation-data/creation-period';
import type { PlainDate } from '../../domain/shared/plain-date';
import { datasetsFor } from '../../domain/creation-data/datasets';
import { divisionName } from '../../domain/divisions/divisions';
import { stateLabel } from '../../domain/lifecycle/states';
import { AppError } from '../../domain/shared/app-error';
import { findStandardSet } from '../../domain/standards/standard-sets';
import { PLATFORM_KINDS, type PlatformKind, type StandardSet } from '../../domain/standards/types';
import type { Deps, RequestContext } from './context';
import { notFound, requirePermission } from './require-actor';

export interface LoadedCreationObject {
  actor: Actor;
  application: ApplicationRow;
  row: CreationObjectRow;
  summary: CreationObjectSummary;
  period: CreationPeriod;
  set: StandardSet;
}

export interface LoadOptions {
  /** What the person is about to do; reading by default. */
  action?: Action;
  /** Take the application row FOR UPDATE (inside a transaction) to serialise changes to the object. */
  isLocked?: boolean;
}

/**
 * The creation object with the action checked against its city and organisation. `source.db` is the transaction
 * when the caller writes.
 */
export async function loadCreationObject(source: Pick<Deps, 'db' | 'clock'>, ctx: RequestContext, id: string, options: LoadOptions = {}): Promise<LoadedCreationObject> {
  const action = options.action ?? 'creationData.read';
  requirePermission(ctx, action);
  const row = await creationObjectsRepository.findById(source.db, id, options.isLocked);
  if (!row) throw notFound();
  const actor = requirePermission(ctx, action, { cityCode: row.application.cityCode, organisationId: row.application.organisationId });
  const summary = toCreationObjectSummary(row, actor, source.clock.today());
  const period = creationPeriod(row.application.facts);
  const set = findStandardSet(row.application.standardVersion);
  // Every creation object has its period's last day (the repository selects on it) and a published set version.
  if (!period || !set) throw new Error(`creation object ${id} has no period or no standard set ${row.application.standardVersion}`);
  return { actor, application: row.application, row, summary, period, set };
}

export function toCreationObjectSummary(row: CreationObjectRow, actor: Actor, today: PlainDate): CreationObjectSummary {
  const { application } = row;
  const content = application.content;
  const region = typeof content.region === 'string' ? content.region : application.cityCode;
  const carrier = application.carrier === 'base' ? 'base' : 'platform';
  const period = creationPeriod(application.facts);
  const isCollecting = isCollectingData(application.state);
  const scoped = { cityCode: application.cityCode, organisationId: application.organisationId };
  return {
    id: application.id,
    name: application.name,
    applicationNumber: application.applicationNumber,
    carrier,
    platformKind: carrier === 'platform' ? platformKindOf(content) : null,
    region,
    regionName: divisionName(region) ?? region,
    cityCode: application.cityCode,
    cityName: divisionName(application.cityCode) ?? application.cityCode,
    organisationName: row.organisationName,
    state: application.state,
    stateLabel: stateLabel(application.state),
    standardVersion: application.standardVersion,
    callYear: row.callYear,
    period: period ? { startsOn: period.startsOn, endsOn: period.endsOn, years: period.years, whole: period.whole } : null,
    currentWindow: period?.years.find((y) => isWithin(today, y))?.index ?? 0,
    isCollectingData: isCollecting,
    datasets: datasetsFor(carrier),
    canWrite: isCollecting && authorize(actor, 'creationData.write', scoped) === 'allow',
    // A submitted report stays the city's to comment on whatever the object's later state (acceptance, certification,
    // exit): the comment is about the half year reported, and commentProgressReport applies the same rule (Art. 13).
    canComment: authorize(actor, 'progressReport.comment', scoped) === 'allow',
  };
}

/** A submitted platform application always names its kind (findMissingParts); null only for malformed content. */
export function platformKindOf(content: Record<string, unknown>): PlatformKind | null {
  const kind = content.platformKind;
  return (PLATFORM_KINDS as readonly unknown[]).includes(kind) ? (kind as PlatformKind) : null;
}

/** The window a request names: 0 the whole period, 1… its years; a year the period does not have is refused. */
export function windowOf(period: CreationPeriod, index: number): PeriodWindow {
  if (index === 0) return period.whole;
  const window = period.years[index - 1];
  if (!window) {
    throw new AppError('VALIDATION_FAILED', '统计区间不正确', {
      issues: [{ path: 'window', message: `该创建对象的创建期只有${period.years.length}年（未延期的创建期没有第三年）` }],
    });
  }
  return window;
}

/** Stock figures (resource pool, entries, libraries) on the window's last day, or today while it runs. */
export function asOfFor(window: PeriodWindow, today: string): string {
  return today < window.endsOn ? today : window.endsOn;
}
