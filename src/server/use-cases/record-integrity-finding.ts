// 失信与撤销 (F5 item 5; Art. 12): the province records a serious-dishonesty listing (with its source) or verified
// data fraud; in the same transaction the object's creation is cancelled or its certification revoked (the
// lifecycle row decides which, and refuses any other state), the finding is kept with the states before and after,
// and the operator and its city are told. The reason is published (/revocations).
import { INTEGRITY_DECISION_LABELS, INTEGRITY_KIND_LABELS, type RecordIntegrityFindingRequest, type RecordIntegrityFindingResult } from '../../contracts/integrity';
import { integrityFindingsRepository } from '../../db/repositories/integrity-findings.repository';
import { stateLabel } from '../../domain/lifecycle/states';
import { AppError } from '../../domain/shared/app-error';
import { applyApplicationEvent, lockApplication } from './apply-application-event';
import { appendAudit, type Deps, type RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import { integrityEventFor, toIntegrityFindingView } from './integrity-view';
import { notify } from './notify';
import { requirePermission } from './require-actor';

// Art. 12 decisions are the province's (transitions.ts); recording them is part of managing creation and certification.
const ACTION = 'acceptance.manage';

export async function recordIntegrityFinding(deps: Deps, ctx: RequestContext, id: string, input: RecordIntegrityFindingRequest): Promise<RecordIntegrityFindingResult> {
  const actor = requirePermission(ctx, ACTION);
  const today = deps.clock.today();
  if (input.foundOn > today) {
    const message = `列入或查实日期不能晚于今天（${today}）`;
    throw new AppError('VALIDATION_FAILED', message, { issues: [{ path: 'foundOn', message }] });
  }
  return deps.db.transaction(async (tx) => {
    const application = await lockApplication(tx, ctx, id, ACTION, input.lockVersion);
    // Only creation objects (and what became of them) carry Art. 12 findings; anything else is not found here.
    await loadCreationObject({ db: tx, clock: deps.clock }, ctx, id, { action: ACTION });
    const event = integrityEventFor(application.state);
    const saved = await applyApplicationEvent(tx, deps, ctx, application, event, { reason: input.reason });
    const finding = await integrityFindingsRepository.insert(tx, {
      applicationId: application.id,
      kind: input.kind,
      source: input.source,
      foundOn: input.foundOn,
      reason: input.reason,
      fromState: application.state,
      toState: saved.state,
      recordedBy: actor.userId,
      recordedAt: deps.clock.now(),
    });
    await appendAudit(tx, deps, ctx, {
      action: 'integrityFinding.recorded',
      objectType: 'integrity_finding',
      objectId: finding.id,
      after: { applicationId: application.id, kind: input.kind, source: input.source, foundOn: input.foundOn, reason: input.reason, fromState: application.state, toState: saved.state },
    });
    const decisionLabel = INTEGRITY_DECISION_LABELS[saved.state === 'revoked' ? 'revoked' : 'creation_cancelled'];
    const notice = {
      title: `“${application.name}”已被${decisionLabel}`,
      body: `省工业和信息化厅认定其${INTEGRITY_KIND_LABELS[input.kind]}（${input.foundOn}，依据：${input.source}），决定${decisionLabel}。理由：${input.reason}`,
      link: `/workspace/creation-objects/${application.id}?tab=integrity`,
    };
    await notify(tx, deps, { role: 'applicant', organisationId: application.organisationId }, notice);
    await notify(tx, deps, { role: 'city', cityCode: application.cityCode }, notice);
    return { finding: toIntegrityFindingView(finding, null), state: saved.state, stateLabel: stateLabel(saved.state), lockVersion: saved.lockVersion };
  });
}
