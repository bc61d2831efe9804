// 申报 (Art. 7(1)): request shapes and answers of /api/applications. A draft is checked for shapes only (types,
// lengths, enums, dates); what a submission still lacks is findMissingParts' job, so a half-written draft saves.
import { z } from 'zod';
import { MATERIAL_KINDS, SERVICE_LEVELS, type ApplicationDraft, type MaterialKind } from '../domain/applications/application-content';
import type { EligibilityFailure } from '../domain/eligibility/eligibility';
import type { AvailableEvent } from '../domain/lifecycle/available-events';
import { STATES } from '../domain/lifecycle/states';
import type { StandardsEvaluation } from '../domain/standards/evaluate-standards';
import { CARRIERS, PLATFORM_KINDS } from '../domain/standards/types';
import { zPlainDate, zUuid } from './fields';
import { zBaseFacts, zDivisionCode, zPlatformFacts } from './self-assessment-facts';

// The id in a path is the record's internal UUID, not the 申报编号 (GD2027-440100-0001) people see.
export const zApplicationId = zUuid('申报记录编号');
export const zApplicationIdParams = z.strictObject({ id: zApplicationId });
export const zApplicationFileParams = z.strictObject({ id: zApplicationId, fileId: zUuid('文件编号') });
export const zApplicationMaterialParams = z.strictObject({ id: zApplicationId, materialId: zUuid('材料编号') });

export const zApplicationListQuery = z.strictObject({
  callId: zUuid('年度通知编号').optional(),
  state: z.enum(STATES, { error: '申报状态不正确' }).optional(),
});

export const zCreateApplication = z.strictObject({ callId: zUuid('年度通知编号') }, { error: '请求内容应为JSON对象' });

/** The lockVersion the person saw when they opened the record: a stale one is refused with 409 (STATE_CHANGED). */
export const zLockVersion = z.number({ error: '请提供办理时看到的版本号' }).int({ message: '版本号应为正整数' }).min(1, { message: '版本号应为正整数' });
const zFree = (label: string, max: number) => z.string({ error: `${label}应为文字` }).max(max, { message: `${label}不能超过${max}个字` });
// 起止年月 of Attachment 3's timetable; an empty string is a month not yet chosen.
const zMonth = (label: string) => z.string({ error: `${label}应为文字` }).regex(/^(\d{4}-(0[1-9]|1[0-2]))?$/, { message: `${label}格式应为YYYY-MM` });
const zList = <T extends z.ZodType>(label: string, item: T, max: number) =>
  z.array(item, { error: `${label}应为列表` }).max(max, { message: `${label}最多${max}项` });

// A draft's facts: every field of either carrier may still be missing; each present one must have its type.
const optionalShape = (shape: Record<string, z.ZodType>) => Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, schema.optional()]));
export const zDraftFacts = z.strictObject({ ...optionalShape(zPlatformFacts.shape), ...optionalShape(zBaseFacts.shape) }, { error: '指标数据（facts）应为对象' });

export const zApplicationDraft = z.strictObject(
  {
    name: zFree('平台（基地）名称', 100).optional(),
    carrier: z.enum(CARRIERS, { error: '载体类型应为platform（平台）或base（基地）' }).optional(),
    platformKind: z.enum(PLATFORM_KINDS, { error: '平台类型应为comprehensive（综合服务平台）或professional（专业服务平台）' }).nullable().optional(),
    serviceLevel: z.enum(SERVICE_LEVELS, { error: '服务层级应为province、city或county' }).optional(),
    region: zDivisionCode.optional(),
    operatingSince: zPlainDate('开始运营日期').optional(),
    hasPublicServiceMandate: z.boolean({ error: '是否承担政府委托等公共服务应为true或false' }).optional(),
    summary: zFree('基本情况', 5000).optional(),
    plan: z
      .strictObject(
        {
          goals: zList('创建目标', z.strictObject({ indicatorCode: zFree('指标', 100), target: zFree('目标值', 500) }), 50).optional(),
          tasks: zList(
            '创建任务',
            z.strictObject({ title: zFree('任务名称', 200), startsIn: zMonth('开始年月'), endsIn: zMonth('完成年月'), description: zFree('任务内容', 2000) }),
            50,
          ).optional(),
          practices: zList('典型做法', z.strictObject({ title: zFree('做法名称', 200), description: zFree('做法说明', 2000) }), 20).optional(),
          modules: zList('功能模块', zFree('功能模块', 100), 50).optional(),
          support: zFree('保障措施', 5000).optional(),
        },
        { error: '创建方案（plan）应为对象' },
      )
      .optional(),
    facts: zDraftFacts.optional(),
  },
  { error: '申报内容（content）应为对象' },
);

export const zSaveApplicationDraft = z.strictObject({ lockVersion: zLockVersion, content: zApplicationDraft }, { error: '请求内容应为JSON对象' });
export const zSubmitApplication = z.strictObject({ lockVersion: zLockVersion }, { error: '请求内容应为JSON对象' });
export const zWithdrawApplication = z.strictObject(
  { lockVersion: zLockVersion, reason: zFree('撤回理由', 500).optional() },
  { error: '请求内容应为JSON对象' },
);
/** The multipart text field of an upload. */
export const zMaterialKind = z.enum(MATERIAL_KINDS, { error: `材料类别应为：${MATERIAL_KINDS.join('、')}` });
export const zMaterialUploadFields = z.strictObject({ kind: zMaterialKind });

export interface ApplicationSummary {
  id: string;
  callId: string;
  callYear: number;
  /** 申报编号; null until the first submission. */
  applicationNumber: string | null;
  name: string;
  organisationId: string;
  organisationName: string;
  creditCode: string;
  cityCode: string;
  countyCode: string;
  carrier: string;
  state: string;
  stateLabel: string;
  lockVersion: number;
  submittedVersion: number;
  updatedAt: string;
}

export interface ApplicationList {
  /** Neutral order: city, county, name (Art. 8). */
  items: ApplicationSummary[];
}

export interface ApplicationMaterial {
  id: string;
  kind: MaterialKind;
  kindLabel: string;
  fileId: string;
  originalName: string;
  sizeBytes: number;
  mediaType: string;
  addedAt: string;
}

export interface ApplicationVersionView {
  version: number;
  contentSha256: string;
  submittedAt: string;
  /** The generated application form (.docx); download at /api/applications/:id/files/:documentFileId. */
  documentFileId: string | null;
}

export interface ApplicationEventView {
  fromState: string;
  fromStateLabel: string;
  event: string;
  eventLabel: string;
  toState: string;
  toStateLabel: string;
  reason: string | null;
  actorRole: string;
  occurredAt: string;
}

export interface ApplicationCallView {
  id: string;
  year: number;
  title: string;
  opensOn: string;
  closesOn: string;
  cityReviewDeadline: string;
  /** The call's publication date (Asia/Shanghai): the date Art. 5's three years are counted to. */
  publishedOn: string | null;
}

export interface ApplicationDetail extends ApplicationSummary {
  standardVersion: string;
  content: ApplicationDraft;
  materials: ApplicationMaterial[];
  /** Newest first. */
  versions: ApplicationVersionView[];
  /** 办理记录, oldest first. */
  events: ApplicationEventView[];
  /** Art. 5 conditions failed; null while the operating date is not yet filled in. */
  eligibilityFailures: EligibilityFailure[] | null;
  /** Live check of content.facts at the creation stage; null while the facts are incomplete. */
  evaluation: StandardsEvaluation | null;
  /** What a submission still lacks (empty: may be submitted). */
  missingParts: { path: string; message: string }[];
  call: ApplicationCallView;
  /** The periods running now, from the lifecycle facts (last days, inclusive; DESIGN §3). */
  periods: { publicityEndsOn: string | null; creationPeriodEndsOn: string | null; isExtended: boolean };
  /** The lifecycle events the viewer's role may take now (for buttons); needsReason: only with a written reason. */
  availableEvents: (AvailableEvent & { needsReason: boolean })[];
}
