// Art. 14 义务履行记录 (F5 item 6): (二) 积极参与政府部门组织的中小企业服务活动; (四) 主动开展资源共享、技术指导、
// 教育培训等活动，分享先进经验和发展模式. The operator records them; every re-review shows those of its window. ADR 0016.
//   GET  /api/creation-objects/:id/obligations?from=&to=              → ObligationRecordsView (obligation.read)
//   POST /api/creation-objects/:id/obligations  {kind, category?, title, organiser, heldOn, participants?, description} → 201 ObligationRecordView
//   POST /api/creation-objects/:id/obligations/:recordId/evidence     multipart file → 201 ObligationEvidenceView (while not voided)
//   GET  /api/creation-objects/:id/obligations/:recordId/evidence/:fileId → the file
//   POST /api/creation-objects/:id/obligations/:recordId/void          {reason} → ObligationRecordView (作废, never deleted)
import { z } from 'zod';
import { zPlainDate, zText, zUuid } from './fields';

export const OBLIGATION_KINDS = ['government_activity', 'sharing_activity'] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];
export const OBLIGATION_KIND_LABELS: Record<ObligationKind, string> = {
  government_activity: '参与政府部门组织的服务活动',
  sharing_activity: '资源共享、技术指导、教育培训等活动',
};

export const SHARING_CATEGORIES = ['resource_sharing', 'technical_guidance', 'training', 'experience_sharing'] as const;
export type SharingCategory = (typeof SHARING_CATEGORIES)[number];
export const SHARING_CATEGORY_LABELS: Record<SharingCategory, string> = {
  resource_sharing: '资源共享',
  technical_guidance: '技术指导',
  training: '教育培训',
  experience_sharing: '分享先进经验和发展模式',
};

export const OBLIGATION_TITLE_MAX_LENGTH = 100;
export const OBLIGATION_ORGANISER_MAX_LENGTH = 100;
export const OBLIGATION_DESCRIPTION_MAX_LENGTH = 2000;
export const OBLIGATION_VOID_REASON_MAX_LENGTH = 500;
export const MAX_OBLIGATION_EVIDENCE_FILES = 10;

export const zObligationsParams = z.strictObject({ id: zUuid('创建对象编号') });
export const zObligationParams = z.strictObject({ id: zUuid('创建对象编号'), recordId: zUuid('记录编号') });
export const zObligationEvidenceParams = z.strictObject({ id: zUuid('创建对象编号'), recordId: zUuid('记录编号'), fileId: zUuid('文件编号') });

export const zObligationsQuery = z
  .strictObject({ from: zPlainDate('起始日期').optional(), to: zPlainDate('截止日期').optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: '截止日期不能早于起始日期' });
export type ObligationsQuery = z.infer<typeof zObligationsQuery>;

export const zRecordObligation = z
  .strictObject(
    {
      kind: z.enum(OBLIGATION_KINDS, { error: '请选择记录类型：参与政府部门组织的服务活动，或资源共享、技术指导、教育培训等活动' }),
      category: z.enum(SHARING_CATEGORIES, { error: '请选择活动类别：资源共享、技术指导、教育培训或分享先进经验和发展模式' }).optional(),
      title: zText('活动名称', 1, OBLIGATION_TITLE_MAX_LENGTH),
      organiser: zText('组织部门或合作对象', 1, OBLIGATION_ORGANISER_MAX_LENGTH),
      // Not after today is checked against the server's clock (record-obligation.ts).
      heldOn: zPlainDate('活动日期'),
      participants: z
        .number({ error: '参与人数应为数字' })
        .int({ message: '参与人数应为整数' })
        .min(0, { message: '参与人数不能为负数' })
        .max(1_000_000, { message: '参与人数不能超过1000000' })
        .optional(),
      description: zText('活动情况说明', 1, OBLIGATION_DESCRIPTION_MAX_LENGTH),
    },
    { error: '请求内容应为JSON对象' },
  )
  .superRefine((input, ctx) => {
    // obligation_records_category: a category exactly for sharing activities.
    if (input.kind === 'sharing_activity' && !input.category) ctx.addIssue({ code: 'custom', path: ['category'], message: '请选择活动类别' });
    if (input.kind === 'government_activity' && input.category !== undefined) ctx.addIssue({ code: 'custom', path: ['category'], message: '参与政府部门组织的服务活动不填写活动类别' });
  });
export type RecordObligationRequest = z.infer<typeof zRecordObligation>;

export const zVoidObligation = z.strictObject({ reason: zText('作废原因', 1, OBLIGATION_VOID_REASON_MAX_LENGTH) }, { error: '请求内容应为JSON对象' });
export type VoidObligationRequest = z.infer<typeof zVoidObligation>;

export interface ObligationEvidenceView {
  fileId: string;
  name: string;
  sizeBytes: number;
  mediaType: string;
}

export interface ObligationRecordView {
  id: string;
  kind: ObligationKind;
  kindLabel: string;
  category: SharingCategory | null;
  categoryLabel: string | null;
  title: string;
  organiser: string;
  heldOn: string;
  participants: number | null;
  description: string;
  evidence: ObligationEvidenceView[];
  recordedAt: string;
  recordedByName: string | null;
  isVoided: boolean;
  voidReason: string | null;
  voidedAt: string | null;
}

export interface ObligationRecordsView {
  records: ObligationRecordView[];
  /** Counts of records not voided, in the range asked for (all when none). */
  counts: { governmentActivities: number; sharingActivities: number };
  canRecord: boolean;
}
