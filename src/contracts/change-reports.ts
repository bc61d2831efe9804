// 重大变化报告 (F5 item 4; Art. 11): "运营主体发生更名、合并、重组等重大变化或调整的，应在3个月内向地市级中小企业主管部门
// 报告。地市级中小企业主管部门审核后，提出保留或撤销意见报省工业和信息化厅" — the operator reports, the city proposes,
// the province decides; a retained rename changes the object's name and the report keeps the former one.
import { z } from 'zod';
import { zLockVersion } from './applications';
import { zPlainDate, zText, zUuid } from './fields';

export const CHANGE_KINDS = ['rename', 'merger', 'reorganisation', 'other'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  rename: '更名',
  merger: '合并',
  reorganisation: '重组',
  other: '其他重大变化',
};

export const CHANGE_OUTCOMES = ['retain', 'revoke'] as const;
export type ChangeOutcome = (typeof CHANGE_OUTCOMES)[number];
export const CHANGE_OUTCOME_LABELS: Record<ChangeOutcome, string> = { retain: '保留', revoke: '撤销' };

export const CHANGE_DESCRIPTION_MAX_LENGTH = 2000;
export const CHANGE_NEW_NAME_MAX_LENGTH = 100;
export const CHANGE_REASON_MAX_LENGTH = 2000;

export const zChangeReportsParams = z.strictObject({ id: zUuid('创建对象编号') });
export const zChangeReportParams = z.strictObject({ id: zUuid('创建对象编号'), reportId: zUuid('变化报告编号') });
export const zChangeReportDocumentParams = z.strictObject({ id: zUuid('创建对象编号'), reportId: zUuid('变化报告编号'), fileId: zUuid('文件编号') });

/** Art. 11 "报告……及相关材料": PDF, JPG or PNG judged by the bytes, at most 20 MB each and 10 per report. */
export const MAX_CHANGE_DOCUMENT_BYTES = 20 * 1024 * 1024;
export const MAX_CHANGE_DOCUMENTS = 10;

/** One document of a change report (`POST …/change-reports/:reportId/documents` answers with it, 201). */
export interface ChangeReportDocument {
  fileId: string;
  name: string;
  sizeBytes: number;
  mediaType: string;
}

export const zReportChange = z
  .strictObject(
    {
      lockVersion: zLockVersion,
      kind: z.enum(CHANGE_KINDS, { error: '请选择变化类型（更名、合并、重组或其他重大变化）' }),
      description: zText('变化情况说明', 1, CHANGE_DESCRIPTION_MAX_LENGTH),
      // Not after today is checked against the server's clock (report-change.ts).
      occurredOn: zPlainDate('变化发生日期'),
      newName: zText('变更后名称', 1, CHANGE_NEW_NAME_MAX_LENGTH).optional(),
    },
    { error: '请求内容应为JSON对象' },
  )
  .superRefine((input, ctx) => {
    // The table keeps a new name exactly for a rename (change_reports_rename).
    if (input.kind === 'rename' && !input.newName) ctx.addIssue({ code: 'custom', path: ['newName'], message: '更名须填写变更后名称' });
    if (input.kind !== 'rename' && input.newName !== undefined) ctx.addIssue({ code: 'custom', path: ['newName'], message: '只有更名才填写变更后名称' });
  });
export type ReportChangeRequest = z.infer<typeof zReportChange>;

const zOutcome = (label: string) => z.enum(CHANGE_OUTCOMES, { error: `请选择${label}（保留或撤销）` });

export const zProposeChangeOutcome = z.strictObject(
  { lockVersion: zLockVersion, proposal: zOutcome('地市意见'), reason: zText('审核意见说明', 1, CHANGE_REASON_MAX_LENGTH) },
  { error: '请求内容应为JSON对象' },
);
export type ProposeChangeOutcomeRequest = z.infer<typeof zProposeChangeOutcome>;

export const zDecideChangeReport = z.strictObject(
  { lockVersion: zLockVersion, decision: zOutcome('省级决定'), reason: zText('决定理由', 1, CHANGE_REASON_MAX_LENGTH) },
  { error: '请求内容应为JSON对象' },
);
export type DecideChangeReportRequest = z.infer<typeof zDecideChangeReport>;

export interface ChangeReportView {
  id: string;
  kind: ChangeKind;
  kindLabel: string;
  description: string;
  occurredOn: string;
  /** 3 calendar months after occurredOn; the last day still in time (Art. 11). */
  dueOn: string;
  reportedOn: string;
  /** 逾期报告: reported after dueOn. */
  isOverdue: boolean;
  formerName: string | null;
  newName: string | null;
  /** In the order they were added; everyone who reads the report downloads them. */
  documents: ChangeReportDocument[];
  reportedByName: string | null;
  cityProposal: ChangeOutcome | null;
  cityProposalLabel: string | null;
  cityReason: string | null;
  proposedAt: string | null;
  provinceDecision: ChangeOutcome | null;
  provinceDecisionLabel: string | null;
  provinceReason: string | null;
  decidedAt: string | null;
  /** The operator, until the city has given its proposal (while the object takes change reports). */
  canAddDocuments: boolean;
  /** The city of the object, while the report awaits its proposal. */
  canPropose: boolean;
  /** The province, once the city has proposed and before a decision. */
  canDecide: boolean;
}

export interface ChangeReportList {
  items: ChangeReportView[];
  state: string;
  stateLabel: string;
  lockVersion: number;
  /** The object's name. */
  name: string;
  /** The operating organisation's name now (a retained 更名 has changed it, Art. 11). */
  organisationName: string;
  /** The operator, while the object is in a state that takes change reports (creating, certified, rectifying). */
  canReport: boolean;
}

export interface ChangeReportResult {
  report: ChangeReportView;
  state: string;
  stateLabel: string;
  lockVersion: number;
  name: string;
}
