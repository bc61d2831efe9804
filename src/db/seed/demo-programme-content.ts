// The application content of a demo programme entry (demo-programme.ts): the wizard's fields, a creation plan
// (Attachment 3) and application-time indicator facts (DESIGN §7) that read like a real platform's or base's,
// drawn from the seeded stream. Complete enough that findMissingParts finds nothing but the uploaded materials.
import type { ApplicationContent } from '../../domain/applications/application-content';
import type { Place } from './registry-names';
import type { Random } from './seeded-random';

// Service items as the standard set names them (guangdong-2025-v1/index.ts).
const COMPREHENSIVE_ITEMS = ['法律法规政策查询辅导', '创业指导', '管理咨询', '人才培训', '人才招聘', '市场拓展', '投融资', '法律与合规', '诉求受理', '出海服务', '可持续发展'];
const PROFESSIONAL_ITEMS = ['数字化转型', '绿色化发展', '计量校准', '认证认可', '试验检验', '质量标准', '知识产权', '设备共享', '科技成果转化'];
const MODULES = ['政策库', '服务机构库', '专家库', '诉求受理', '服务券申领', '融资对接', '活动报名', '数据驾驶舱'];
const PRACTICES = [
  { title: '政策精准推送', description: '按企业画像推送惠企政策，实现免申即享。' },
  { title: '服务券联动', description: '与区级服务券联动，降低企业服务成本。' },
  { title: '专家问诊', description: '组织专家上门诊断，一企一策提出改进建议。' },
  { title: '链主带动', description: '依托链主企业带动上下游中小企业协同发展。' },
];

export interface ContentSpec {
  name: string;
  place: Place;
  year: number;
  platformKind: 'comprehensive' | 'professional' | null;
}

export function buildProgrammeContent(random: Random, spec: ContentSpec): ApplicationContent {
  const { year, place } = spec;
  const isCountyLevel = random.chance(0.35) && place.county.code.length === 6;
  const plan = {
    goals: spec.platformKind
      ? [
          { indicatorCode: 'platform.servedEnterprises', target: `年服务中小企业${random.int(15, 60) * 100}家以上` },
          { indicatorCode: 'platform.satisfaction', target: `服务满意度达到${random.int(88, 95)}%以上` },
        ]
      : [
          { indicatorCode: 'base.residentSmes', target: `入驻中小企业达到${random.int(8, 30) * 10}家以上` },
          { indicatorCode: 'base.qualityEnterprises', target: `培育专精特新中小企业${random.int(5, 20)}家以上` },
        ],
    tasks: [
      { title: spec.platformKind ? '完善线上服务平台' : '完善基地公共服务设施', startsIn: `${year}-09`, endsIn: `${year + 1}-06`, description: '完成功能建设并对接省中小企业服务平台。' },
      { title: '开展专精特新培育', startsIn: `${year}-10`, endsIn: `${year + 2}-06`, description: `每年举办线下服务活动${random.int(8, 20)}场以上。` },
    ],
    practices: random.sample(PRACTICES, 2),
    modules: random.sample(MODULES, 3),
    support: `设立专项资金${random.int(2, 12) * 100}万元，专职服务人员${random.int(8, 40)}名。`,
  };
  const common = {
    name: spec.name,
    serviceLevel: isCountyLevel ? ('county' as const) : ('city' as const),
    region: isCountyLevel ? place.county.code : place.city.code,
    operatingSince: `${year - random.int(3, 12)}-${String(random.int(1, 12)).padStart(2, '0')}-01`,
    hasPublicServiceMandate: random.chance(0.6),
    plan,
  };
  if (!spec.platformKind) {
    return {
      ...common,
      carrier: 'base',
      platformKind: null,
      summary: '基地集聚中小企业，提供场地、孵化、融资、人才等公共服务，带动产业链协同发展。',
      facts: {
        enterpriseCount: random.int(60, 320),
        leadingIndustryRevenueShare: random.int(40, 80) / 100,
        qualityEnterprises: { champion: random.int(0, 2), littleGiant: random.int(0, 3), specialised: random.int(2, 15), highTech: random.int(3, 30), techSme: random.int(5, 40), innovativeSme: random.int(5, 40) },
        avgRdIntensity: random.int(15, 60) / 1000,
        ecosystem: random.sample(['incubator', 'techPlatform', 'industryFund'] as const, random.int(1, 3)),
      },
    };
  }
  const totalAnswers = random.int(80, 400);
  const divisions = place.city.children.map((d) => d.code);
  return {
    ...common,
    carrier: 'platform',
    platformKind: spec.platformKind,
    summary: spec.platformKind === 'comprehensive' ? '平台面向中小企业提供政策、融资、培训等综合服务。' : '平台面向中小企业提供数字化转型、检验检测等专业技术服务。',
    facts: {
      servedEnterprises: random.int(8, 60) * 100,
      coveredDivisions: random.sample(divisions, Math.max(1, Math.ceil(divisions.length * random.int(5, 10) / 10))),
      satisfiedAnswers: Math.round(totalAnswers * random.int(82, 97) / 100),
      totalAnswers,
      eventParticipants: Array.from({ length: random.int(4, 14) }, () => random.int(12, 80)),
      serviceContents: random.sample(spec.platformKind === 'comprehensive' ? COMPREHENSIVE_ITEMS : PROFESSIONAL_ITEMS, random.int(3, 8)),
      resourceCount: random.int(30, 180),
      hasPcEntry: true,
      hasMobileEntry: random.chance(0.7),
      registrationMinutes: random.chance(0.2) ? null : random.int(2, 10),
    },
  };
}
