// The city's opinion on a change report (F5 item 4; Art. 11 "地市级中小企业主管部门审核后，提出保留或撤销意见报省工业和
// 信息化厅"): once per report, by the city of the object (another city's → 404); the lifecycle records
// propose_retention / propose_revocation and the province is told.
import { CHANGE_KIND_LABELS, CHANGE_OUTCOME_LABELS, type ChangeKind, type ChangeReportResult, type ProposeChangeOutcomeRequest } from '../../contracts/change-reports';
import { changeReportsRepository } from '../../db/repositories/change-reports.repository';
import { stateLabel } from '../../domain/lifecycle/states';
import { AppError } from '../../domain/shared/app-error';
import { applyApplicationEvent, lockApplication } from './apply-application-event';
import { PROPOSE_ACTION, documentsOf, toChangeReportView } from './change-report-view';
import { appendAudit, type Deps, type RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import { notify } from './notify';
import { notFound, requirePermission } from './require-actor';

export async function proposeChangeOutcome(deps: Deps, ctx: RequestContext, id: string, reportId: string, input: ProposeChangeOutcomeRequest): Promise<ChangeReportResult> {
  const actor = requirePermission(ctx, PROPOSE_ACTION);
  return deps.db.transaction(async (tx) => {
    const application = await lockApplication(tx, ctx, id, PROPOSE_ACTION, input.lockVersion);
    await loadCreationObject({ db: tx, clock: deps.clock }, ctx, id, { action: PROPOSE_ACTION });
    const report = await changeReportsRepository.findById(tx, application.id, reportId);
    if (!report) throw notFound();
    if (report.cityProposal) {
      throw new AppError('TRANSITION_PRECONDITION_FAILED', `该变化报告已有地市意见（${CHANGE_OUTCOME_LABELS[report.cityProposal as 'retain' | 'revoke']}），不能重复提出`);
    }
    const event = input.proposal === 'retain' ? 'propose_retention' : 'propose_revocation';
    const saved = await applyApplicationEvent(tx, deps, ctx, application, event, { reason: input.reason });
    const updated = await changeReportsRepository.recordProposal(tx, report.id, { cityProposal: input.proposal, cityReason: input.reason, proposedBy: actor.userId, proposedAt: deps.clock.now() });
    // The application row is locked, so nobody else can have proposed in between.
    if (!updated) throw new Error(`change report ${report.id} proposal not recorded`);
    await appendAudit(tx, deps, ctx, {
      action: 'changeReport.proposed',
      objectType: 'change_report',
      objectId: report.id,
      before: { cityProposal: null },
      after: { applicationId: application.id, cityProposal: input.proposal, cityReason: input.reason },
    });
    const proposalLabel = CHANGE_OUTCOME_LABELS[input.proposal];
    await notify(tx, deps, { role: 'province' }, {
      title: `“${application.name}”重大变化（${CHANGE_KIND_LABELS[report.kind as ChangeKind]}）：地市建议${proposalLabel}`,
      body: `地市级中小企业主管部门审核后提出${proposalLabel}意见，请省级决定。意见说明：${input.reason}`,
      link: `/workspace/creation-objects/${application.id}?tab=change-reports`,
    });
    return { report: toChangeReportView(updated, null, actor, saved, (await documentsOf(tx, [updated])).get(updated.id) ?? []), state: saved.state, stateLabel: stateLabel(saved.state), lockVersion: saved.lockVersion, name: saved.name };
  });
}
