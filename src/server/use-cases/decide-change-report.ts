// The province's decision on a change report (F5 item 4; Art. 11 "省工业和信息化厅将相关调整事项纳入年度创建认定工作"):
// once per report and only after the city's proposal. Retaining keeps the state (a retained rename renames the
// operating organisation; the report keeps the former name, which the registry shows); revoking cancels the creation or revokes the
// certification (the lifecycle row decides which) with the reason published. The operator and the city are told.
import { CHANGE_KIND_LABELS, CHANGE_OUTCOME_LABELS, type ChangeKind, type ChangeReportResult, type DecideChangeReportRequest } from '../../contracts/change-reports';
import { organisationsRepository } from '../../db/repositories/organisations.repository';
import { changeReportsRepository } from '../../db/repositories/change-reports.repository';
import { stateLabel } from '../../domain/lifecycle/states';
import { AppError } from '../../domain/shared/app-error';
import { projectOrganisationEntries } from '../registry/project-registry-entry';
import { applyApplicationEvent, lockApplication } from './apply-application-event';
import { DECIDE_ACTION, documentsOf, toChangeReportView } from './change-report-view';
import { appendAudit, type Deps, type RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import { notify } from './notify';
import { notFound, requirePermission } from './require-actor';

export async function decideChangeReport(deps: Deps, ctx: RequestContext, id: string, reportId: string, input: DecideChangeReportRequest): Promise<ChangeReportResult> {
  const actor = requirePermission(ctx, DECIDE_ACTION);
  return deps.db.transaction(async (tx) => {
    const application = await lockApplication(tx, ctx, id, DECIDE_ACTION, input.lockVersion);
    await loadCreationObject({ db: tx, clock: deps.clock }, ctx, id, { action: DECIDE_ACTION });
    const report = await changeReportsRepository.findById(tx, application.id, reportId);
    if (!report) throw notFound();
    if (!report.cityProposal) throw new AppError('TRANSITION_PRECONDITION_FAILED', '地市尚未提出保留或撤销意见，省级暂不能决定');
    if (report.provinceDecision) {
      throw new AppError('TRANSITION_PRECONDITION_FAILED', `该变化报告已决定${CHANGE_OUTCOME_LABELS[report.provinceDecision as 'retain' | 'revoke']}，不能重复决定`);
    }
    const event = input.decision === 'retain' ? 'retain_after_change' : 'revoke_after_change';
    const saved = await applyApplicationEvent(tx, deps, ctx, application, event, { reason: input.reason });
    const at = deps.clock.now();
    // Art. 11: a retained 更名 renames the operating organisation; the report keeps the name it had at the decision
    // (the registry lists former names), so two renames in a row each record the name they replaced.
    let formerName = report.formerName;
    if (input.decision === 'retain' && report.newName) {
      const organisation = await organisationsRepository.findById(tx, application.organisationId);
      if (!organisation) throw notFound();
      formerName = organisation.name;
      await organisationsRepository.rename(tx, organisation.id, report.newName);
    }
    const updated = await changeReportsRepository.recordDecision(tx, report.id, { provinceDecision: input.decision, provinceReason: input.reason, decidedBy: actor.userId, decidedAt: at, formerName });
    if (!updated) throw new Error(`change report ${report.id} decision not recorded`);
    // ADR 0017: a retained rename changes the operator's name, its former names and search text on every entry of it.
    if (input.decision === 'retain' && report.newName) await projectOrganisationEntries(tx, deps, application.organisationId);
    await appendAudit(tx, deps, ctx, {
      action: 'changeReport.decided',
      objectType: 'change_report',
      objectId: report.id,
      before: { provinceDecision: null, state: application.state, organisationName: formerName },
      after: { applicationId: application.id, provinceDecision: input.decision, provinceReason: input.reason, state: saved.state, organisationName: input.decision === 'retain' ? (report.newName ?? formerName) : formerName },
    });
    const decisionLabel = CHANGE_OUTCOME_LABELS[input.decision];
    const outcome = input.decision === 'retain' ? (report.newName ? `，运营主体名称变更为“${report.newName}”` : '') : `，${stateLabel(saved.state)}`;
    const notice = {
      title: `“${application.name}”重大变化（${CHANGE_KIND_LABELS[report.kind as ChangeKind]}）：省级决定${decisionLabel}`,
      body: `省工业和信息化厅决定${decisionLabel}${outcome}。理由：${input.reason}`,
      link: `/workspace/creation-objects/${application.id}?tab=change-reports`,
    };
    await notify(tx, deps, { role: 'applicant', organisationId: application.organisationId }, notice);
    await notify(tx, deps, { role: 'city', cityCode: application.cityCode }, notice);
    return { report: toChangeReportView(updated, null, actor, saved, (await documentsOf(tx, [updated])).get(updated.id) ?? []), state: saved.state, stateLabel: stateLabel(saved.state), lockVersion: saved.lockVersion, name: saved.name };
  });
}
