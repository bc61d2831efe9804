// 重大变化报告 (F5 item 4; Art. 11): the operator reports a rename, merger or reorganisation. In one transaction the
// lifecycle records report_change (its effect counts the 3 months from the change and says whether the report is
// late — a late report is still taken and flagged), the report is kept (a rename with the name it replaces), and
// the city and the province are told; a late report says so.
import { CHANGE_KIND_LABELS, type ChangeReportResult, type ReportChangeRequest } from '../../contracts/change-reports';
import { changeReportsRepository } from '../../db/repositories/change-reports.repository';
import { organisationsRepository } from '../../db/repositories/organisations.repository';
import { EFFECTS } from '../../domain/lifecycle/effects';
import { stateLabel } from '../../domain/lifecycle/states';
import { AppError } from '../../domain/shared/app-error';
import { applyApplicationEvent, lockApplication } from './apply-application-event';
import { REPORT_ACTION, toChangeReportView } from './change-report-view';
import { appendAudit, type Deps, type RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import { notify } from './notify';
import { requirePermission } from './require-actor';

export async function reportChange(deps: Deps, ctx: RequestContext, id: string, input: ReportChangeRequest): Promise<ChangeReportResult> {
  const actor = requirePermission(ctx, REPORT_ACTION);
  const today = deps.clock.today();
  if (input.occurredOn > today) {
    const message = `变化发生日期不能晚于今天（${today}）`;
    throw new AppError('VALIDATION_FAILED', message, { issues: [{ path: 'occurredOn', message }] });
  }
  return deps.db.transaction(async (tx) => {
    const application = await lockApplication(tx, ctx, id, REPORT_ACTION, input.lockVersion);
    await loadCreationObject({ db: tx, clock: deps.clock }, ctx, id, { action: REPORT_ACTION });
    const saved = await applyApplicationEvent(tx, deps, ctx, application, 'report_change', { changeOccurredOn: input.occurredOn });
    // The same effect the lifecycle row applied (effects.ts): due 3 calendar months after the change, late after that day.
    const effect = EFFECTS.recordChangeReport({ ...application.facts, today, changeOccurredOn: input.occurredOn });
    if (effect.kind !== 'change_reported') throw new Error('recordChangeReport returned another effect');
    const isRename = input.kind === 'rename';
    // Art. 11: 运营主体发生更名 — the operating organisation is renamed, not the platform.
    const organisation = isRename ? await organisationsRepository.findById(tx, application.organisationId) : undefined;
    const report = await changeReportsRepository.insert(tx, {
      applicationId: application.id,
      kind: input.kind,
      description: input.description,
      occurredOn: input.occurredOn,
      dueOn: effect.reportDueOn,
      reportedOn: today,
      isOverdue: effect.isOverdue,
      formerName: isRename ? (organisation?.name ?? null) : null,
      newName: isRename ? (input.newName ?? null) : null,
      documentFileIds: [],
      reportedBy: actor.userId,
      reportedAt: deps.clock.now(),
    });
    await appendAudit(tx, deps, ctx, {
      action: 'changeReport.reported',
      objectType: 'change_report',
      objectId: report.id,
      after: { applicationId: application.id, kind: input.kind, occurredOn: input.occurredOn, dueOn: report.dueOn, isOverdue: report.isOverdue, formerName: report.formerName, newName: report.newName },
    });
    const kindLabel = CHANGE_KIND_LABELS[input.kind];
    const late = report.isOverdue ? `逾期报告（应于${report.dueOn}（含当日）前报告）。` : '';
    const notice = {
      title: `“${application.name}”报告重大变化（${kindLabel}）${report.isOverdue ? '，逾期报告' : ''}`,
      body: `${late}变化发生于${input.occurredOn}${isRename ? `，运营主体拟更名为“${input.newName}”` : ''}：${input.description}`,
      link: `/workspace/creation-objects/${application.id}?tab=change-reports`,
    };
    await notify(tx, deps, { role: 'city', cityCode: application.cityCode }, notice);
    await notify(tx, deps, { role: 'province' }, notice);
    return { report: toChangeReportView(report, null, actor, saved, []), state: saved.state, stateLabel: stateLabel(saved.state), lockVersion: saved.lockVersion, name: saved.name };
  });
}
