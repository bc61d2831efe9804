// What an operator writes in its application (申报, Art. 7(1)): the platform/base, the Art. 5 facts the system
// cannot know, the creation plan (Attachment 3), the indicator facts at application time (Attachments 1–2), and
// the seven kinds of material. A draft may be incomplete; findMissingParts says what a submission still lacks.
// No slides or videos are ever asked for (Art. 8), and nothing here costs a fee (Art. 17).
import type { ErrorIssue } from '../shared/app-error';
import type { BaseFacts, PlatformFacts } from '../standards/facts';
import type { Carrier, PlatformKind } from '../standards/types';

/** The seven kinds of material of Art. 7(1), in the article's order. */
export const MATERIAL_KINDS = [
  'applicationForm',
  'licence',
  'auditReport',
  'serviceEvidence',
  'resourceAgreements',
  'qualifications',
  'authenticityDeclaration',
] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

export const MATERIAL_LABELS: Record<MaterialKind, string> = {
  applicationForm: '创建申请书（含申请表、创建方案）盖章扫描件',
  licence: '运营主体法人证书或营业执照复印件（承担公共服务的佐证材料）',
  auditReport: '上一年度包含服务收支情况的审计报告',
  serviceEvidence: '开展相关服务的佐证材料（合同、通知、照片、总结等）',
  resourceAgreements: '集聚服务机构的合作协议或外部专家聘用协议、聘用证书复印件',
  qualifications: '必要的从业资格（资质）、许可证及奖项、认定等复印件',
  authenticityDeclaration: '申报材料真实性声明（加盖单位公章）',
};

/** Art. 7(1)6 asks for qualifications only where "必要"; every other kind is required. */
export const OPTIONAL_MATERIALS: readonly MaterialKind[] = ['qualifications'];

/** The administrative level a platform/base serves: the province, one city, or one county/district. */
export const SERVICE_LEVELS = ['province', 'city', 'county'] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];
export const SERVICE_LEVEL_LABELS: Record<ServiceLevel, string> = { province: '省级（服务全省）', city: '地市级', county: '县（区）级' };

/** Attachment 3 实施路径: "创建任务实施的时间表及路线图". Months as YYYY-MM. */
export interface PlanTask {
  title: string;
  startsIn: string;
  endsIn: string;
  description: string;
}

/** Attachment 3 预期导向: "可量化可考核" goals, one per indicator the applicant commits to. */
export interface PlanGoal {
  indicatorCode: string;
  target: string;
}

/** Attachment 3 创新特色: "形成不少于2条典型或特色经验做法". */
export interface PlanPractice {
  title: string;
  description: string;
}

export const MIN_PRACTICES = 2;

export interface CreationPlan {
  goals: PlanGoal[];
  tasks: PlanTask[];
  practices: PlanPractice[];
  /** Attachment 3 实施路径: 拟完善的功能模块（平台类）、重点平台. */
  modules: string[];
  /** Attachment 3 保障协同: funding, people, technology and working mechanism. */
  support: string;
}

export interface ApplicationContent {
  name: string;
  carrier: Carrier;
  /** Platforms only. */
  platformKind: PlatformKind | null;
  serviceLevel: ServiceLevel;
  /** Division code of the area served: 440000, a city, or a county/district. */
  region: string;
  /** Art. 5: the day the platform/base began operating (≥ 3 years before the call). */
  operatingSince: string;
  /** Art. 2: government commission, purchase of services or co-construction (evidence in the licence material). */
  hasPublicServiceMandate: boolean;
  /** 基本情况: what the platform/base is and does. */
  summary: string;
  plan: CreationPlan;
  /** Indicator facts at application time, the same shape as the self-assessment (DESIGN §7). */
  facts: PlatformFacts | BaseFacts;
}

/** A draft: anything may still be missing. */
export type ApplicationDraft = Partial<Omit<ApplicationContent, 'plan'>> & { plan?: Partial<CreationPlan> };

const isBlank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

/** What a submission still lacks, field by field in Chinese; empty when it may be submitted. */
export function findMissingParts(draft: ApplicationDraft, materialKinds: readonly MaterialKind[]): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  if (isBlank(draft.name)) add('name', '请填写平台（基地）名称');
  if (!draft.carrier) add('carrier', '请选择载体类型（平台或基地）');
  if (draft.carrier === 'platform' && !draft.platformKind) add('platformKind', '请选择平台类型（综合服务平台或专业服务平台）');
  if (!draft.serviceLevel) add('serviceLevel', '请选择服务的行政层级');
  if (isBlank(draft.region)) add('region', '请选择服务区域');
  if (isBlank(draft.operatingSince)) add('operatingSince', '请填写平台（基地）开始运营的日期');
  if (isBlank(draft.summary)) add('summary', '请填写平台（基地）基本情况');
  const plan = draft.plan ?? {};
  if (!plan.goals || plan.goals.length === 0) add('plan.goals', '创建方案应至少提出1项可量化、可考核的创建目标');
  plan.goals?.forEach((goal, i) => {
    if (isBlank(goal.indicatorCode)) add(`plan.goals.${i}.indicatorCode`, `第${i + 1}项创建目标：请选择对应的指标`);
    if (isBlank(goal.target)) add(`plan.goals.${i}.target`, `第${i + 1}项创建目标：请填写可考核的目标值`);
  });
  if (!plan.tasks || plan.tasks.length === 0) add('plan.tasks', '创建方案应列出创建任务及其时间表');
  plan.tasks?.forEach((task, i) => {
    if (isBlank(task.title)) add(`plan.tasks.${i}.title`, `第${i + 1}项创建任务：请填写任务名称`);
    if (isBlank(task.startsIn) || isBlank(task.endsIn)) add(`plan.tasks.${i}.startsIn`, `第${i + 1}项创建任务：请填写起止年月`);
    else if (task.endsIn < task.startsIn) add(`plan.tasks.${i}.endsIn`, `第${i + 1}项创建任务：完成年月不能早于开始年月`);
  });
  const practices = (plan.practices ?? []).filter((p) => !isBlank(p.title) && !isBlank(p.description));
  if (practices.length < MIN_PRACTICES) add('plan.practices', `创建方案应形成不少于${MIN_PRACTICES}条典型或特色经验做法（附件3 创新特色）`);
  if (draft.carrier === 'platform' && (!plan.modules || plan.modules.filter((m) => !isBlank(m)).length === 0)) {
    add('plan.modules', '平台类创建方案应明确拟完善的功能模块（附件3 实施路径）');
  }
  if (isBlank(plan.support)) add('plan.support', '请填写资金、人才、技术等保障措施（附件3 保障协同）');
  if (!draft.facts) add('facts', '请填写申报时的指标数据');
  for (const kind of MATERIAL_KINDS) {
    if (!OPTIONAL_MATERIALS.includes(kind) && !materialKinds.includes(kind)) add(`materials.${kind}`, `请上传：${MATERIAL_LABELS[kind]}`);
  }
  return issues;
}

/** 申报编号: year, city, and a sequence within the call and city, e.g. GD2027-440100-0003. Never reused. */
export function formatApplicationNumber(year: number, cityCode: string, sequence: number): string {
  return `GD${year}-${cityCode}-${String(sequence).padStart(4, '0')}`;
}
