// The one read model of an application (list row and detail page) shared by every role's pages: the applicant's
// wizard, the city's and the province's review and the auditor. Access is checked by the callers.
import type { ApplicationDetail, ApplicationMaterial, ApplicationSummary } from '../../contracts/applications';
import { zBaseFacts, zPlatformFacts } from '../../contracts/self-assessment-facts';
import { applicationMaterialsRepository } from '../../db/repositories/application-materials.repository';
import { applicationsRepository, type ApplicationRow } from '../../db/repositories/applications.repository';
import { callsRepository, type CallRow } from '../../db/repositories/calls.repository';
import { organisationsRepository, type OrganisationRow } from '../../db/repositories/organisations.repository';
import type { Db } from '../../db/client';
import type { Actor } from '../../domain/access/policy';
import { findMissingParts, MATERIAL_LABELS, type ApplicationDraft, type MaterialKind } from '../../domain/applications/application-content';
import { assessEligibility, type EligibilityFailure } from '../../domain/eligibility/eligibility';
import { availableEvents } from '../../domain/lifecycle/available-events';
import { EVENT_LABELS, isLifecycleEvent } from '../../domain/lifecycle/events';
import { isLifecycleState, stateLabel } from '../../domain/lifecycle/states';
import { isPlainDate, type PlainDate } from '../../domain/shared/plain-date';
import { evaluateStandards, type StandardsEvaluation } from '../../domain/standards/evaluate-standards';
import { findStandardSet } from '../../domain/standards/standard-sets';
import { shanghaiDateOf } from '../clock';
import type { Deps } from './context';

const eventLabel = (event: string) => (isLifecycleEvent(event) ? EVENT_LABELS[event] : event);

export interface SummarySource {
  application: ApplicationRow;
  organisationName: string;
  countyCode: string;
  creditCode: string;
}

export function toApplicationSummary(source: SummarySource, callYear: number): ApplicationSummary {
  const { application } = source;
  return {
    id: application.id,
    callId: application.callId,
    callYear,
    applicationNumber: application.applicationNumber,
    name: application.name,
    organisationId: application.organisationId,
    organisationName: source.organisationName,
    creditCode: source.creditCode,
    cityCode: application.cityCode,
    countyCode: source.countyCode,
    carrier: application.carrier,
    state: application.state,
    stateLabel: stateLabel(application.state),
    lockVersion: application.lockVersion,
    submittedVersion: application.submittedVersion,
    updatedAt: application.updatedAt.toISOString(),
  };
}

/** Art. 5's three years are counted to the day the call was published (年度创建工作通知发布之日). */
export function callDateOf(call: CallRow): PlainDate | null {
  return call.publishedAt ? shanghaiDateOf(call.publishedAt) : null;
}

/** Art. 5 conditions the organisation and the platform/base fail; null while the operating date is unknown. */
export function eligibilityOf(organisation: OrganisationRow, call: CallRow, content: ApplicationDraft): EligibilityFailure[] | null {
  const callDate = callDateOf(call);
  if (!callDate || typeof content.operatingSince !== 'string' || !isPlainDate(content.operatingSince)) return null;
  return assessEligibility({
    operatingSince: content.operatingSince,
    callDate,
    operatorKind: organisation.operatorKind,
    isBranch: organisation.isBranch,
    isDishonest: organisation.isDishonest,
    hasPublicServiceMandate: content.hasPublicServiceMandate === true,
  });
}

/** The creation-stage check of the facts against the application's pinned standard set; null while incomplete. */
export function evaluationOf(standardVersion: string, content: ApplicationDraft): StandardsEvaluation | null {
  const set = findStandardSet(standardVersion);
  if (!set || !content.facts) return null;
  if (content.carrier === 'platform') {
    const facts = zPlatformFacts.safeParse(content.facts);
    if (!facts.success || !content.platformKind || !content.region) return null;
    return evaluateStandards(set, { carrier: 'platform', platformKind: content.platformKind, stage: 'creation', region: content.region, facts: facts.data });
  }
  if (content.carrier === 'base') {
    const facts = zBaseFacts.safeParse(content.facts);
    if (!facts.success) return null;
    return evaluateStandards(set, { carrier: 'base', stage: 'creation', region: content.region, facts: facts.data });
  }
  return null;
}

export async function listMaterials(db: Db, applicationId: string): Promise<ApplicationMaterial[]> {
  const rows = await applicationMaterialsRepository.listActive(db, applicationId);
  return rows.map(({ material, file }) => ({
    id: material.id,
    kind: material.kind as MaterialKind,
    kindLabel: MATERIAL_LABELS[material.kind as MaterialKind] ?? material.kind,
    fileId: file.id,
    originalName: file.originalName,
    sizeBytes: file.sizeBytes,
    mediaType: file.mediaType,
    addedAt: material.addedAt.toISOString(),
  }));
}

export async function buildApplicationDetail(deps: Deps, db: Db, actor: Actor, application: ApplicationRow): Promise<ApplicationDetail> {
  const [organisation, call, materials, versions, events] = await Promise.all([
    organisationsRepository.findById(db, application.organisationId),
    callsRepository.findById(db, application.callId),
    listMaterials(db, application.id),
    applicationsRepository.listVersions(db, application.id),
    applicationsRepository.listEvents(db, application.id),
  ]);
  if (!organisation || !call) throw new Error(`application ${application.id} lost its organisation or call`);
  const content = application.content as ApplicationDraft;
  const context = { ...application.facts, today: deps.clock.today(), changeOccurredOn: null };
  // Events that need a written reason are offered too (marked), so a page can ask for the reason first.
  const withoutReason = isLifecycleState(application.state) ? availableEvents(application.state, actor.role, { ...context, reason: null }) : [];
  const withReason = isLifecycleState(application.state) ? availableEvents(application.state, actor.role, { ...context, reason: '理由' }) : [];
  return {
    ...toApplicationSummary({ application, organisationName: organisation.name, countyCode: organisation.countyCode, creditCode: organisation.creditCode }, call.year),
    standardVersion: application.standardVersion,
    content,
    materials,
    versions: versions.map((v) => ({ version: v.version, contentSha256: v.contentSha256, submittedAt: v.submittedAt.toISOString(), documentFileId: v.documentFileId })),
    events: events.map((e) => ({
      fromState: e.fromState,
      fromStateLabel: stateLabel(e.fromState),
      event: e.event,
      eventLabel: eventLabel(e.event),
      toState: e.toState,
      toStateLabel: stateLabel(e.toState),
      reason: e.reason,
      actorRole: e.actorRole,
      occurredAt: e.occurredAt.toISOString(),
    })),
    eligibilityFailures: eligibilityOf(organisation, call, content),
    evaluation: evaluationOf(application.standardVersion, content),
    missingParts: findMissingParts(content, materials.map((m) => m.kind)),
    call: {
      id: call.id,
      year: call.year,
      title: call.title,
      opensOn: call.opensOn,
      closesOn: call.closesOn,
      cityReviewDeadline: call.cityReviewDeadline,
      publishedOn: callDateOf(call),
    },
    periods: {
      publicityEndsOn: application.facts.publicityEndsOn,
      creationPeriodEndsOn: application.facts.creationPeriodEndsOn,
      isExtended: application.facts.isExtended,
    },
    availableEvents: withReason.map((entry) => ({ ...entry, needsReason: !withoutReason.some((e) => e.event === entry.event) })),
  };
}
