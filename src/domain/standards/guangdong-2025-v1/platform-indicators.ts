// Attachment 1 (平台类) of the measures, quoted; line breaks of the source are joined. Part of the published
// version guangdong-2025-v1: never edit it, add a new version instead (see ../standard-sets.ts).
import type { Indicator } from '../types';

const BOTH_KINDS = ['comprehensive', 'professional'] as const;
const expertsOnly = (required: string) => ({ required, thresholds: [], isExpertJudged: true });

export const PLATFORM_INDICATORS: readonly Indicator[] = [
  {
    code: 'platform.digitalBase',
    carrier: 'platform',
    platformKinds: BOTH_KINDS,
    group: '系统建设',
    name: '数字化智能化建设情况',
    type: '定性定量',
    description: '主要从中小企业库、法律政策库、服务机构库、服务产品案例库等基础服务资源库建设和数字化智能化情况等方面评价。',
    creation: expertsOnly('已初步建设中小企业库、法律政策库、服务机构库、服务产品案例库等基础服务资源库，具备政策推送能力。'),
    certification: expertsOnly(
      '创建期内服务机构库、服务产品案例库扩容5%以上，中小企业库实现全量覆盖或扩容5%以上；能够利用技术手段实现服务与需求的精准匹配与推送。',
    ),
  },
  {
    code: 'platform.convenience',
    carrier: 'platform',
    platformKinds: BOTH_KINDS,
    group: '系统建设',
    name: '运行便捷稳定情况',
    type: '定性定量',
    description:
      '主要从用户操作便捷性和界面友好性,系统可扩展性,网络安全、数据安全等规范情况,系统运行稳定情况,应急响应机制等方面评价。',
    creation: {
      required: '具备电脑端服务入口。',
      thresholds: [{ kind: 'flag', measure: 'hasPcEntry', label: '电脑端服务入口', wording: '具备电脑端服务入口' }],
      isExpertJudged: true,
    },
    certification: {
      required: '同时具备电脑端及移动端（APP、小程序、手机网页等至少一种）服务入口，用户无需注册或注册流程在8分钟以内完成。',
      thresholds: [
        { kind: 'flag', measure: 'hasPcEntry', label: '电脑端服务入口', wording: '具备电脑端服务入口' },
        { kind: 'flag', measure: 'hasMobileEntry', label: '移动端服务入口', wording: '同时具备电脑端及移动端（APP、小程序、手机网页等至少一种）服务入口' },
        {
          kind: 'compare',
          measure: 'registrationMinutes',
          label: '注册流程用时',
          word: '以内',
          value: 8,
          unit: 'minutes',
          unitWord: '分钟',
          wording: '用户无需注册或注册流程在8分钟以内完成',
          isMetWhenAbsent: true,
        },
      ],
      isExpertJudged: true,
    },
  },
  operationsIndicator(
    '主要从建立健全服务管理团队和服务人才队伍情况,系统建设、技术运维和服务运营等经费保障情况,建立健全服务管理制度、规范服务流程、服务质量保证措施推进服务标准化、规范化、便利化情况,制定和实施服务发展规划和年度服务计划情况,专业服务资质情况,专利、著作权和有关标准情况等方面评价。',
  ),
  {
    code: 'platform.serviceFunctions',
    carrier: 'platform',
    platformKinds: BOTH_KINDS,
    group: '服务能力',
    name: '服务功能情况',
    type: '定量',
    description:
      '综合服务平台侧重综合服务，具体包括法律法规政策查询辅导、创业指导、管理咨询、人才培训、人才招聘、市场拓展、投融资、法律与合规、诉求受理、出海服务、可持续发展等服务内容。专业服务平台侧重技术服务，具体包括数字化转型、绿色化发展、计量校准、认证认可、试验检验、质量标准、知识产权、设备共享、科技成果转化等服务内容。',
    creation: {
      required: '具体服务内容不少于3项。',
      thresholds: [
        { kind: 'compare', measure: 'serviceContents', label: '具体服务内容', word: '不少于', value: 3, unit: 'count', unitWord: '项', wording: '具体服务内容不少于3项' },
      ],
      isExpertJudged: false,
    },
    certification: {
      required: '具体服务内容不少于6项。',
      thresholds: [
        { kind: 'compare', measure: 'serviceContents', label: '具体服务内容', word: '不少于', value: 6, unit: 'count', unitWord: '项', wording: '具体服务内容不少于6项' },
      ],
      isExpertJudged: false,
    },
  },
  {
    code: 'platform.resources',
    carrier: 'platform',
    platformKinds: BOTH_KINDS,
    group: '服务能力',
    name: '汇集服务资源情况',
    type: '定量',
    description: '主要从汇聚的专业服务机构或专家数量、服务产品或项目数量及分布情况评价。',
    creation: {
      required: '汇聚服务机构（专家）数量不少于80家（人）。',
      thresholds: [
        {
          kind: 'compare',
          measure: 'resourceCount',
          label: '汇聚服务机构（专家）数量',
          word: '不少于',
          value: 80,
          unit: 'count',
          unitWord: '家（人）',
          wording: '汇聚服务机构（专家）数量不少于80家（人）',
        },
      ],
      isExpertJudged: false,
    },
    certification: {
      required: '汇聚服务机构（专家）数量不少于150家（人）。',
      thresholds: [
        {
          kind: 'compare',
          measure: 'resourceCount',
          label: '汇聚服务机构（专家）数量',
          word: '不少于',
          value: 150,
          unit: 'count',
          unitWord: '家（人）',
          wording: '汇聚服务机构（专家）数量不少于150家（人）',
        },
      ],
      isExpertJudged: false,
    },
  },
  {
    code: 'platform.interconnection',
    carrier: 'platform',
    platformKinds: BOTH_KINDS,
    group: '服务能力',
    name: '互联互通情况',
    type: '定性',
    description: '',
    creation: expertsOnly('初步实现本区域或本领域内线上服务平台的互联互通，或制定明确的互联互通工作规划。'),
    certification: expertsOnly(
      '综合服务平台实现与本区域内相关平台的业务协同与互联互通；专业服务平台汇聚相关专业技术服务领域技术、信息、服务产品等资源，为中小企业提供相关领域的专业化技术服务，实现与区域服务网络或全国一张网协同服务。',
    ),
  },
  ...outcomeIndicators(),
];

// Attachment 1 writes no separate creation or certification rule for 运营保障机制情况: both stages use its 指标说明.
function operationsIndicator(description: string): Indicator {
  return {
    code: 'platform.operations',
    carrier: 'platform',
    platformKinds: BOTH_KINDS,
    group: '系统建设',
    name: '运营保障机制情况',
    type: '定性',
    description,
    creation: expertsOnly(description),
    certification: expertsOnly(description),
  };
}

function outcomeIndicators(): Indicator[] {
  const counted = (code: string, name: string, stages: [Indicator['creation'], Indicator['certification']]): Indicator => ({
    code,
    carrier: 'platform',
    platformKinds: BOTH_KINDS,
    group: '服务成效',
    name,
    type: '定量',
    description: '',
    creation: stages[0],
    certification: stages[1],
  });
  const served = (value: number) => ({
    required: `年服务中小企业${value}家以上。`,
    thresholds: [
      { kind: 'compare', measure: 'servedEnterprises', label: '年服务中小企业数量', word: '以上', value, unit: 'count', unitWord: '家', wording: `年服务中小企业${value}家以上` },
    ],
    isExpertJudged: false,
  }) as const;
  const coverage = (percent: number) => ({
    required: `服务对下一级行政区覆盖面${percent}%以上。`,
    thresholds: [
      { kind: 'compare', measure: 'coverage', label: '服务对下一级行政区覆盖面', word: '以上', value: percent / 100, unit: 'fraction', wording: `服务对下一级行政区覆盖面${percent}%以上` },
    ],
    isExpertJudged: false,
  }) as const;
  const satisfaction = (percent: number) => ({
    required: `中小企业用户对服务满意的占比${percent}%以上。`,
    thresholds: [
      { kind: 'compare', measure: 'satisfaction', label: '中小企业用户对服务满意的占比', word: '以上', value: percent / 100, unit: 'fraction', wording: `中小企业用户对服务满意的占比${percent}%以上` },
    ],
    isExpertJudged: false,
  }) as const;
  const events = (value: number, required: string) => ({
    required,
    thresholds: [
      {
        kind: 'compare',
        measure: 'offlineEvents',
        label: '年开展线下专题服务活动',
        word: '以上',
        value,
        unit: 'count',
        unitWord: '次',
        wording: `年开展线下专题服务活动${value}次以上（每场活动15家以上企业参加）`,
        perItem: { word: '以上', value: 15, wording: '每场活动15家以上企业参加' },
      },
    ],
    isExpertJudged: false,
  }) as const;
  return [
    counted('platform.servedEnterprises', '服务企业情况', [served(1000), served(3000)]),
    counted('platform.coverage', '服务覆盖面情况', [coverage(30), coverage(50)]),
    counted('platform.satisfaction', '服务满意度情况', [satisfaction(80), satisfaction(90)]),
    counted('platform.offlineEvents', '线下服务拓展情况', [
      events(5, '年开展线下专题服务活动5次以上（每场活动15家以上企业参加）。'),
      // The source has no full stop after the certification rule; quoted as written.
      events(10, '年开展线下专题服务活动10次以上（每场活动15家以上企业参加）'),
    ]),
  ];
}
