// 失信与撤销 (F5 item 5; Art. 12): "被列入严重失信主体名单或经查实存在数据、资料弄虚作假的，取消创建资格或撤销认定命名"
// — the province records the listing (with its source) or the verified fraud; a creation object loses its
// creation, a certified platform (base) its certification, and the reason is published at /revocations.
import { z } from 'zod';
import { zLockVersion } from './applications';
import { zPlainDate, zText, zUuid } from './fields';

export const INTEGRITY_FINDING_KINDS = ['dishonesty_listing', 'data_fraud'] as const;
export type IntegrityFindingKind = (typeof INTEGRITY_FINDING_KINDS)[number];

/** The two grounds of Art. 12, worded as the article words them. */
export const INTEGRITY_KIND_LABELS: Record<IntegrityFindingKind, string> = {
  dishonesty_listing: '列入严重失信主体名单',
  data_fraud: '经查实数据、资料弄虚作假',
};

/** What followed: the end state the finding moved the object to. */
export type IntegrityDecision = 'creation_cancelled' | 'revoked';
export const INTEGRITY_DECISION_LABELS: Record<IntegrityDecision, string> = {
  creation_cancelled: '取消创建资格',
  revoked: '撤销认定命名',
};

export const INTEGRITY_SOURCE_MAX_LENGTH = 500;
export const INTEGRITY_REASON_MAX_LENGTH = 2000;

export const zIntegrityFindingsParams = z.strictObject({ id: zUuid('创建对象编号') });
export const zIntegrityFindingParams = z.strictObject({ id: zUuid('创建对象编号'), findingId: zUuid('认定记录编号') });
export const zIntegrityEvidenceParams = z.strictObject({ id: zUuid('创建对象编号'), findingId: zUuid('认定记录编号'), fileId: zUuid('文件编号') });

/** The province's 核查材料 of a finding (名单截图, 核查报告…): PDF, JPG or PNG by the bytes, ≤ 20 MB each, ≤ 20 per finding. */
export const MAX_INTEGRITY_EVIDENCE_BYTES = 20 * 1024 * 1024;
export const MAX_INTEGRITY_EVIDENCE_FILES = 20;

/** One evidence file (`POST …/integrity-findings/:findingId/evidence` answers with it, 201). Never public. */
export interface IntegrityEvidence {
  fileId: string;
  name: string;
  sizeBytes: number;
  mediaType: string;
  addedAt: string;
}

export const zRecordIntegrityFinding = z.strictObject(
  {
    lockVersion: zLockVersion,
    kind: z.enum(INTEGRITY_FINDING_KINDS, { error: '请选择失信情形（列入严重失信主体名单或经查实数据、资料弄虚作假）' }),
    source: zText('认定依据（名单来源或核查报告）', 1, INTEGRITY_SOURCE_MAX_LENGTH),
    // Not after today is checked against the server's clock (record-integrity-finding.ts).
    foundOn: zPlainDate('列入或查实日期'),
    reason: zText('公布理由', 1, INTEGRITY_REASON_MAX_LENGTH),
  },
  { error: '请求内容应为JSON对象' },
);
export type RecordIntegrityFindingRequest = z.infer<typeof zRecordIntegrityFinding>;

export const REVOCATIONS_MAX_PAGE_SIZE = 50;
export const zRevocationListQuery = z.strictObject({
  page: z.coerce.number({ error: '页码应为数字' }).int({ message: '页码应为整数' }).min(1, { message: '页码最小为1' }).max(100_000, { message: '页码过大' }).default(1),
  pageSize: z.coerce
    .number({ error: '每页条数应为数字' })
    .int({ message: '每页条数应为整数' })
    .min(1, { message: '每页条数最小为1' })
    .max(REVOCATIONS_MAX_PAGE_SIZE, { message: `每页条数最大为${REVOCATIONS_MAX_PAGE_SIZE}` })
    .default(20),
});
export type RevocationListQuery = z.infer<typeof zRevocationListQuery>;

export interface IntegrityFindingView {
  id: string;
  kind: IntegrityFindingKind;
  kindLabel: string;
  source: string;
  foundOn: string;
  reason: string;
  fromState: string;
  fromStateLabel: string;
  decision: IntegrityDecision;
  decisionLabel: string;
  recordedByName: string | null;
  recordedAt: string;
  /**
   * The evidence, oldest first — only for the province and the auditors; null for the operator and its city, who
   * read the finding and its published reason but not the province's internal files.
   */
  evidence: IntegrityEvidence[] | null;
}

export interface IntegrityFindingList {
  items: IntegrityFindingView[];
  /** The object's state and version, for the province's form. */
  state: string;
  stateLabel: string;
  lockVersion: number;
  /** The province, while the object is in a state Art. 12 applies to. */
  canRecord: boolean;
  /** What recording a finding would do now; null when nothing applies. */
  decision: IntegrityDecision | null;
  /** The province adds evidence to any finding, at any time after it. */
  canAddEvidence: boolean;
}

export interface RecordIntegrityFindingResult {
  finding: IntegrityFindingView;
  state: string;
  stateLabel: string;
  lockVersion: number;
}

/** The article a published cancellation or revocation rests on. */
export type RevocationArticle = 'Art. 10' | 'Art. 11' | 'Art. 12';
export const REVOCATION_ARTICLE_LABELS: Record<RevocationArticle, string> = { 'Art. 10': '第十条', 'Art. 11': '第十一条', 'Art. 12': '第十二条' };
/** The ground of Arts. 10 and 11 in the measures' words (Art. 12 names its own, INTEGRITY_KIND_LABELS). */
export const REVOCATION_BASIS_LABELS = {
  'Art. 10': '连续两年未通过复核',
  'Art. 11': '运营主体发生更名、合并、重组等重大变化',
  'Art. 12': '列入严重失信主体名单或经查实数据、资料弄虚作假',
} as const satisfies Record<RevocationArticle, string>;

/** One entry of the public list: what was decided and why — never a score, never a person, never a listing's source. */
export interface PublicRevocation {
  id: string;
  name: string;
  organisationName: string;
  carrier: 'platform' | 'base';
  cityName: string;
  countyName: string;
  /** Art. 10, 11 or 12. */
  article: RevocationArticle;
  /** 第十条 / 第十一条 / 第十二条. */
  articleLabel: string;
  /** The Art. 12 ground; null for Arts. 10 and 11. */
  kind: IntegrityFindingKind | null;
  /** The ground in words, for every article (Art. 12: the finding's kind). */
  kindLabel: string;
  decision: IntegrityDecision;
  /** In the article's words: 取消创建资格, 撤销认定命名, or 取消认定命名 (Art. 10). */
  decisionLabel: string;
  /** The day the decision was recorded (Asia/Shanghai). */
  decidedOn: string;
  reason: string;
}

export interface PublicRevocationPage {
  items: PublicRevocation[];
  total: number;
  page: number;
  pageSize: number;
}
