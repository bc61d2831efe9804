// 申请表 (Art. 7(1), Attachment 3): the Word form generated at each submission. It carries the whole submitted
// content and the SHA-256 of its canonical JSON, so a stamped paper copy can be checked against the system.
// It never asks for slides or videos (Art. 8) and mentions no fee (Art. 17).
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ApplicationMaterial } from '../../contracts/applications';
import { SERVICE_LEVEL_LABELS, type ApplicationContent } from '../../domain/applications/application-content';
import { chineseDate } from '../../domain/shared/plain-date';
import type { StandardsEvaluation } from '../../domain/standards/evaluate-standards';
import { findStandardSet } from '../../domain/standards/standard-sets';
import { PLATFORM_KIND_LABELS } from '../../domain/standards/types';

export interface ApplicationFormInput {
  applicationNumber: string;
  version: number;
  /** Asia/Shanghai date of submission. */
  submittedOn: string;
  callTitle: string;
  organisation: { name: string; creditCode: string };
  standardVersion: string;
  content: ApplicationContent;
  materials: readonly Pick<ApplicationMaterial, 'kindLabel' | 'originalName' | 'sizeBytes'>[];
  evaluation: StandardsEvaluation | null;
  contentSha256: string;
}

const FACT_LABELS: Record<string, string> = {
  servedEnterprises: '年服务中小企业数量（家）',
  coveredDivisions: '服务覆盖的下一级行政区',
  satisfiedAnswers: '满意答卷数（份）',
  totalAnswers: '答卷总数（份）',
  eventParticipants: '每场线下专题服务活动参加企业数',
  serviceContents: '服务内容',
  resourceCount: '汇聚服务机构（专家）数量',
  hasPcEntry: '具备电脑端服务入口',
  hasMobileEntry: '具备移动端服务入口',
  registrationMinutes: '注册所需分钟数',
  enterpriseCount: '基地企业数量（家）',
  leadingIndustryRevenueShare: '主导产业企业营业收入占比',
  qualityEnterprises: '各类优质企业数量',
  avgRdIntensity: '企业平均研发投入强度',
  ecosystem: '创业创新服务载体',
};

// Shares and ratios (0..1 with decimals) as percentages, as the attachments state them.
const shownActual = (v: number | string | null) =>
  v === null ? '—' : typeof v === 'number' && !Number.isInteger(v) && v > 0 && v < 1 ? `${Math.round(v * 1000) / 10}%` : String(v);
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_2) => new Paragraph({ text, heading: level });
const line = (label: string, value: string) => new Paragraph({ children: [new TextRun({ text: `${label}：`, bold: true }), new TextRun(value)] });
const text = (value: string) => new Paragraph({ text: value });

function shown(value: unknown): string {
  if (value === null || value === undefined) return '无';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.length === 0 ? '无' : value.map(shown).join('、');
  if (typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k}：${shown(v)}`).join('；');
  return String(value);
}

function table(header: string[], rows: string[][]): Table {
  const cell = (value: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: value, bold })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((v) => cell(v)) }))],
  });
}

function planSection(input: ApplicationFormInput): (Paragraph | Table)[] {
  const { plan } = input.content;
  const indicatorName = (code: string) => findStandardSet(input.standardVersion)?.indicators.find((i) => i.code === code)?.name ?? code;
  return [
    heading('三、创建方案'),
    heading('（一）创建目标（预期导向）', HeadingLevel.HEADING_3),
    table(['序号', '对应指标', '可量化、可考核的目标'], plan.goals.map((g, i) => [String(i + 1), indicatorName(g.indicatorCode), g.target])),
    heading('（二）创建任务及时间表（实施路径）', HeadingLevel.HEADING_3),
    table(['序号', '任务', '起止年月', '内容'], plan.tasks.map((t, i) => [String(i + 1), t.title, `${t.startsIn} 至 ${t.endsIn}`, t.description])),
    heading('（三）典型或特色经验做法（创新特色）', HeadingLevel.HEADING_3),
    ...plan.practices.flatMap((p, i) => [line(`${i + 1}. ${p.title}`, p.description)]),
    heading('（四）拟完善的功能模块', HeadingLevel.HEADING_3),
    text(plan.modules.length > 0 ? plan.modules.join('、') : '无'),
    heading('（五）保障措施（保障协同）', HeadingLevel.HEADING_3),
    text(plan.support),
  ];
}

function factsSection(input: ApplicationFormInput): (Paragraph | Table)[] {
  const facts = Object.entries(input.content.facts as unknown as Record<string, unknown>);
  const evaluation = input.evaluation;
  return [
    heading('四、指标数据'),
    table(['指标数据', '填报值'], facts.map(([key, value]) => [FACT_LABELS[key] ?? key, shown(value)])),
    heading(`对照创建标准（${input.standardVersion}）的核对结果`, HeadingLevel.HEADING_3),
    ...(evaluation
      ? [
          table(
            ['指标', '创建要求', '实际', '结论'],
            evaluation.indicators.map((i) => [i.name, i.required, shownActual(i.actual), i.passed === null ? '专家评审' : i.passed ? '达到' : '未达到']),
          ),
        ]
      : [text('指标数据不完整，未能核对。')]),
    text('注：核对结果仅供参考，定性部分由专家评审。'),
  ];
}

/** The .docx bytes of one submitted version. */
export async function renderApplicationForm(input: ApplicationFormInput): Promise<Buffer> {
  const { content } = input;
  const carrier = content.carrier === 'platform' ? `平台（${content.platformKind ? PLATFORM_KIND_LABELS[content.platformKind] : ''}）` : '基地';
  const document = new Document({
    creator: '广东省中小企业公共服务示范平台（基地）管理系统',
    title: `申请表 ${input.applicationNumber}`,
    sections: [
      {
        children: [
          new Paragraph({ text: '广东省中小企业公共服务示范平台（基地）创建申请表', heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
          line('申报编号', input.applicationNumber),
          line('提交版本', `第${input.version}版，${chineseDate(input.submittedOn)}提交`),
          line('年度创建工作通知', input.callTitle),
          heading('一、运营主体'),
          line('单位名称', input.organisation.name),
          line('统一社会信用代码', input.organisation.creditCode),
          heading('二、平台（基地）基本情况'),
          line('平台（基地）名称', content.name),
          line('载体类型', carrier),
          line('服务层级', SERVICE_LEVEL_LABELS[content.serviceLevel]),
          line('服务区域（行政区划代码）', content.region),
          line('开始运营日期', chineseDate(content.operatingSince)),
          line('以政府委托、购买服务、合作共建等方式承担公共服务', content.hasPublicServiceMandate ? '是' : '否'),
          line('基本情况', content.summary),
          ...planSection(input),
          ...factsSection(input),
          heading('五、申报材料清单'),
          table(['序号', '材料', '文件名', '大小（字节）'], input.materials.map((m, i) => [String(i + 1), m.kindLabel, m.originalName, String(m.sizeBytes)])),
          heading('六、内容校验'),
          line('内容校验码（SHA-256）', input.contentSha256),
          text('校验码按本版本申报内容（含材料清单）的规范化JSON计算，可与系统中保存的版本核对。'),
          text('运营主体（盖章）：                    日期：'),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
