// How a change report is shown (F5 item 4; Art. 11), and who may act on it now. The states that take change
// reports come from the lifecycle table (CHANGE_REPORT_ROWS: creating, certified, rectifying); nothing here
// decides that on its own.
import {
  CHANGE_KIND_LABELS,
  CHANGE_OUTCOME_LABELS,
  type ChangeKind,
  type ChangeOutcome,
  type ChangeReportDocument,
  type ChangeReportView,
} from '../../contracts/change-reports';
import type { Db } from '../../db/client';
import { changeReportsRepository, type ChangeReportRow } from '../../db/repositories/change-reports.repository';
import type { ApplicationRow } from '../../db/repositories/applications.repository';
import { authorize, type Action, type Actor } from '../../domain/access/policy';
import { stateLabel } from '../../domain/lifecycle/states';
import { TRANSITION_ROWS } from '../../domain/lifecycle/transitions';
import { AppError } from '../../domain/shared/app-error';

/** The operator reports (like its other lifecycle acts: submit, withdraw, apply for acceptance). */
export const REPORT_ACTION: Action = 'application.apply';
/** Art. 11 "地市级中小企业主管部门审核后，提出保留或撤销意见": the city's review of its own objects. */
export const PROPOSE_ACTION: Action = 'application.cityReview';
/** Art. 11 "省工业和信息化厅将相关调整事项纳入年度创建认定工作": a provincial review decision. */
export const DECIDE_ACTION: Action = 'application.provinceReview';

export function takesChangeReports(state: string): boolean {
  return TRANSITION_ROWS.some((row) => row.from === state && row.event === 'report_change');
}

export function mayAct(actor: Actor, action: Action, application: ApplicationRow): boolean {
  return authorize(actor, action, { cityCode: application.cityCode, organisationId: application.organisationId }) === 'allow';
}

/**
 * Art. 11 "报告……及相关材料": the operator adds documents to a report until the city has given its proposal — what the
 * city reviews is then fixed — and only while the object still takes change reports.
 */
export function requireOpenForDocuments(report: Pick<ChangeReportRow, 'cityProposal'>, application: Pick<ApplicationRow, 'state'>): void {
  if (report.cityProposal !== null) throw new AppError('TRANSITION_PRECONDITION_FAILED', '地市已对该变化报告提出意见，不能再补充报告材料');
  if (!takesChangeReports(application.state)) {
    throw new AppError('TRANSITION_NOT_ALLOWED', `当前状态为“${stateLabel(application.state)}”，不能再补充变化报告材料`, { details: { state: application.state } });
  }
}

/** Each report's documents, in the order they were added (the order of document_file_ids). */
export async function documentsOf(db: Db, reports: readonly ChangeReportRow[]): Promise<Map<string, ChangeReportDocument[]>> {
  const rows = await changeReportsRepository.documentFiles(db, reports.flatMap((report) => report.documentFileIds));
  const byId = new Map(rows.map((row) => [row.id, { fileId: row.id, name: row.originalName, sizeBytes: row.sizeBytes, mediaType: row.mediaType }]));
  return new Map(reports.map((report) => [report.id, report.documentFileIds.flatMap((fileId) => byId.get(fileId) ?? [])]));
}

const outcome = (value: string | null): ChangeOutcome | null => (value === 'retain' || value === 'revoke' ? value : null);

export function toChangeReportView(
  report: ChangeReportRow,
  reportedByName: string | null,
  actor: Actor | null,
  application: ApplicationRow,
  documents: ChangeReportDocument[],
): ChangeReportView {
  const kind = report.kind as ChangeKind;
  const cityProposal = outcome(report.cityProposal);
  const provinceDecision = outcome(report.provinceDecision);
  const isOpen = takesChangeReports(application.state);
  return {
    id: report.id,
    kind,
    kindLabel: CHANGE_KIND_LABELS[kind] ?? report.kind,
    description: report.description,
    occurredOn: report.occurredOn,
    dueOn: report.dueOn,
    reportedOn: report.reportedOn,
    isOverdue: report.isOverdue,
    formerName: report.formerName,
    newName: report.newName,
    documents,
    reportedByName,
    cityProposal,
    cityProposalLabel: cityProposal ? CHANGE_OUTCOME_LABELS[cityProposal] : null,
    cityReason: report.cityReason,
    proposedAt: report.proposedAt?.toISOString() ?? null,
    provinceDecision,
    provinceDecisionLabel: provinceDecision ? CHANGE_OUTCOME_LABELS[provinceDecision] : null,
    provinceReason: report.provinceReason,
    decidedAt: report.decidedAt?.toISOString() ?? null,
    canAddDocuments: actor !== null && isOpen && cityProposal === null && mayAct(actor, REPORT_ACTION, application),
    canPropose: actor !== null && isOpen && cityProposal === null && mayAct(actor, PROPOSE_ACTION, application),
    canDecide: actor !== null && isOpen && cityProposal !== null && provinceDecision === null && mayAct(actor, DECIDE_ACTION, application),
  };
}
