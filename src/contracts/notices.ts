// 公示与异议 (Art. 7(2)(4), Art. 8): what the province publishes, what the public sees and sends, and how the
// province answers an objection. Public shapes never carry scores, ranks or an objector's identity.
import { z } from 'zod';
import { OBJECTION_STATUS_PHONE_MESSAGES, type NoticeStage, type ObjectionStatus } from '../domain/publicity/notice-terms';
import { RECEIPT_NUMBER_PATTERN } from '../domain/publicity/objection-window';
import { PHONE_PATTERN } from '../domain/shared/phone';
import { zPhone, zText, zUuid } from './fields';

// Plain words and limits live in the domain (no zod) so the public pages can load them alone.
export {
  NOTICE_STAGE_LABELS,
  OBJECTION_MAX_FILE_BYTES,
  OBJECTION_MAX_FILES,
  OBJECTION_MAX_TOTAL_BYTES,
  OBJECTION_STATUS_LABELS,
  OBJECTION_STATUS_PHONE_MESSAGES,
  type NoticeStage,
  type ObjectionStatus,
} from '../domain/publicity/notice-terms';

export const zNoticeIdParams = z.strictObject({ id: zUuid('公示编号') });
export const zObjectionIdParams = z.strictObject({ id: zUuid('异议编号') });
export const zObjectionAttachmentParams = z.strictObject({
  id: zUuid('异议编号'),
  index: z.coerce.number({ error: '附件序号应为数字' }).int({ message: '附件序号应为整数' }).min(0, { message: '附件序号有误' }).max(4, { message: '附件序号有误' }),
});

export const zPublishCreationNotice = z
  .strictObject({
    title: zText('公示标题', 1, 200).optional(),
    text: zText('公示正文', 1, 5000).optional(),
  })
  .optional();
export type PublishCreationNoticeRequest = z.infer<typeof zPublishCreationNotice>;


const optionalText = (label: string, max: number) =>
  z.preprocess((value) => (value === '' ? undefined : value), zText(label, 1, max).optional());

// Sent as multipart: these text fields first, then up to OBJECTION_MAX_FILES attachments (PDF/JPG/PNG) named
// "attachments" (a browser's FormData keeps the order they were appended in).
export const zObjectionForm = z.strictObject({
  objectorName: zText('真实姓名', 2, 50),
  objectorPhone: zPhone,
  objectorEmail: z.preprocess((value) => (value === '' ? undefined : value), z.email({ message: '电子邮箱格式有误' }).max(200, { message: '电子邮箱不能超过200个字' }).optional()),
  objectorOrganisation: optionalText('所在单位', 200),
  applicationId: zUuid('异议对象'),
  facts: zText('异议事实和理由', 20, 5000),
});
export type ObjectionForm = z.infer<typeof zObjectionForm>;

export const zObjectionDecision = z.strictObject({
  outcome: z.enum(['upheld', 'unfounded'], { error: '请选择核实结论（属实或不属实）' }),
  investigation: zText('核实情况', 10, 5000),
});
export type ObjectionDecisionRequest = z.infer<typeof zObjectionDecision>;

export const zReceiptParams = z.strictObject({
  receiptNumber: z.string({ error: '请填写回执号' }).trim().toUpperCase().regex(RECEIPT_NUMBER_PATTERN, { message: '回执号格式应为 YY-年月日-6位字母数字' }),
});
// POST /api/v1/objections/:receiptNumber/status: the phone travels in the body, never in the URL, so it stays out
// of browser history, proxy logs and Referer headers (ADR 0023; 个人信息保护法 第51条).
export const zObjectionStatusRequest = z.strictObject({
  phone: z
    .string({ error: OBJECTION_STATUS_PHONE_MESSAGES.missing })
    .trim()
    .min(1, { message: OBJECTION_STATUS_PHONE_MESSAGES.missing, abort: true })
    .regex(PHONE_PATTERN, { message: OBJECTION_STATUS_PHONE_MESSAGES.malformed }),
});
export type ObjectionStatusRequest = z.infer<typeof zObjectionStatusRequest>;


/** One line of a public notice: who, where — never a score (Art. 8). */
export interface NoticeEntryView {
  applicationId: string;
  name: string;
  organisationName: string;
  cityCode: string;
  cityName: string;
  countyCode: string;
  countyName: string;
  carrier: 'platform' | 'base';
  /**
   * After the 公示: confirmed, or withdrawn with the published reason; or `ended` when a decision took the entry off
   * the 公示 (an Art. 12 cancellation during the 拟认定公示, ineligibility during the 创建对象公示), with its label
   * (已取消创建资格（第十二条）) and published reason.
   */
  outcome: { kind: 'confirmed' } | { kind: 'withdrawn'; reason: string } | { kind: 'ended'; label: string; reason: string } | null;
}

export interface PublicNoticeSummary {
  id: string;
  title: string;
  stage: NoticeStage;
  publishedOn: string;
  startsOn: string;
  endsOn: string;
  entryCount: number;
}

export interface PublicNoticeDetail extends PublicNoticeSummary {
  text: string;
  entries: NoticeEntryView[];
  isObjectionOpen: boolean;
  hasDocument: boolean;
}

export interface ObjectionReceipt {
  receiptNumber: string;
  receivedAt: string;
}

export interface ObjectionStatusView {
  receiptNumber: string;
  receivedAt: string;
  noticeTitle: string;
  entryName: string;
  status: ObjectionStatus;
  investigation: string | null;
  decidedAt: string | null;
}

export interface NoticeAdminSummary extends PublicNoticeSummary {
  callId: string | null;
  handlingDueOn: string;
  objectionCount: number;
  unresolvedCount: number;
  isOverdue: boolean;
}

export interface NoticeAdminEntry extends NoticeEntryView {
  applicationNumber: string;
  state: string;
  stateLabel: string;
  unresolvedObjections: number;
  creationPeriodEndsOn: string | null;
}

export interface NoticeAdminDetail extends NoticeAdminSummary {
  text: string;
  entries: NoticeAdminEntry[];
  /** Why the confirmation cannot be done yet; null when it can. */
  confirmBlockedReason: string | null;
}

export interface ObjectionAdminView {
  id: string;
  receiptNumber: string;
  applicationId: string;
  entryName: string;
  objectorName: string;
  objectorPhone: string;
  objectorEmail: string | null;
  objectorOrganisation: string | null;
  facts: string;
  attachments: { index: number; name: string; mediaType: string; sizeBytes: number }[];
  receivedAt: string;
  status: ObjectionStatus;
  investigation: string | null;
  decidedAt: string | null;
  isOverdue: boolean;
  /**
   * The decision that took the entry off this notice's 公示 (已取消创建资格（第十二条）…), or null. Such an objection
   * no longer decides anything: it is not overdue and not counted as work, though it can still be answered.
   */
  entryLeftBy: string | null;
}

export interface CreationNoticePreview {
  callId: string;
  callTitle: string;
  publishedOn: string;
  startsOn: string;
  endsOn: string;
  handlingDueOn: string;
  entries: NoticeEntryView[];
}

export interface ConfirmationResult {
  confirmed: { applicationId: string; name: string; creationPeriodEndsOn: string }[];
}
