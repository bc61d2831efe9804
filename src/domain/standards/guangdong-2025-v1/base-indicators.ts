// Attachment 2 (基地类) of the measures, quoted; line breaks of the source are joined. Part of the published
// version guangdong-2025-v1: never edit it, add a new version instead (see ../standard-sets.ts).
import type { Indicator, StageRule } from '../types';

const expertsOnly = (required: string): StageRule => ({ required, thresholds: [], isExpertJudged: true });

function base(code: string, group: string, name: string, type: Indicator['type'], description: string, creation: StageRule, certification: StageRule): Indicator {
  return { code, carrier: 'base', platformKinds: [], group, name, type, description, creation, certification };
}

export const BASE_INDICATORS: readonly Indicator[] = [
  base(
    'base.industry',
    '产业基础',
    '产业发展情况',
    '定量',
    '反映基地产业特色化、高端化、集约化发展情况。',
    {
      required: '主要从主导产业企业营业收入占比不低于50%、高技术产业企业营业收入占比、人均产出、地均产出、近两年企业总营业收入增速等方面进行评价。',
      thresholds: [
        { kind: 'compare', measure: 'leadingIndustryRevenueShare', label: '主导产业企业营业收入占比', word: '不低于', value: 0.5, unit: 'fraction', wording: '主导产业企业营业收入占比不低于50%' },
      ],
      // The other named aspects (高技术产业占比, 人均产出 …) carry no threshold: experts weigh them.
      isExpertJudged: true,
    },
    {
      required: '主导产业企业营业收入占比不低于60%，高技术产业企业营业收入占比、人均产出、地均产出进一步提升。',
      thresholds: [
        { kind: 'compare', measure: 'leadingIndustryRevenueShare', label: '主导产业企业营业收入占比', word: '不低于', value: 0.6, unit: 'fraction', wording: '主导产业企业营业收入占比不低于60%' },
      ],
      isExpertJudged: true,
    },
  ),
  base(
    'base.qualityEnterprises',
    '创新水平',
    '入驻优质企业占比',
    '定量',
    '反映基地入驻企业培育成效。',
    {
      required: '科技型中小企业、创新型中小企业、专精特新中小企业、高新技术企业、专精特新“小巨人”企业、制造业单项冠军企业等优质企业数量占比超过25%。',
      thresholds: [
        { kind: 'compare', measure: 'qualityEnterpriseShare', label: '优质企业数量占比（加权）', word: '超过', value: 0.25, unit: 'fraction', wording: '优质企业数量占比超过25%' },
      ],
      isExpertJudged: false,
    },
    {
      required: '优质中小企业占比超过35%。',
      thresholds: [
        { kind: 'compare', measure: 'qualityEnterpriseShare', label: '优质中小企业占比（加权）', word: '超过', value: 0.35, unit: 'fraction', wording: '优质中小企业占比超过35%' },
      ],
      isExpertJudged: false,
    },
  ),
  base(
    'base.innovation',
    '创新水平',
    '入驻企业创新发展情况',
    '定量',
    '反映基地入驻企业创新投入产出情况。',
    {
      required: '主要从企业平均研发投入强度不低于2%、省级以上创新平台、企业每千万元营业收入有效发明专利等方面进行评价。',
      thresholds: [
        { kind: 'compare', measure: 'avgRdIntensity', label: '企业平均研发投入强度', word: '不低于', value: 0.02, unit: 'fraction', wording: '企业平均研发投入强度不低于2%' },
      ],
      isExpertJudged: true,
    },
    // The certification rule names no number ("稳中有升"): it compares with the creation period, so experts judge.
    expertsOnly('企业平均研发投入强度、专利产出等指标稳中有升，省级以上创新平台数量稳中有增。'),
  ),
  base(
    'base.residentSmes',
    '服务能力',
    '入驻中小企业数量',
    '定量',
    '反映服务企业规模数量情况。',
    {
      required: '入驻中小企业80家以上。',
      thresholds: [
        { kind: 'compare', measure: 'enterpriseCount', label: '入驻中小企业数量', word: '以上', value: 80, unit: 'count', unitWord: '家', wording: '入驻中小企业80家以上' },
      ],
      isExpertJudged: false,
    },
    {
      required: '入驻中小企业100家以上。',
      thresholds: [
        { kind: 'compare', measure: 'enterpriseCount', label: '入驻中小企业数量', word: '以上', value: 100, unit: 'count', unitWord: '家', wording: '入驻中小企业100家以上' },
      ],
      isExpertJudged: false,
    },
  ),
  base(
    'base.ecosystem',
    '服务能力',
    '创业创新服务生态情况',
    '定量定性',
    '反映创业创新服务生态建设情况。',
    {
      required: '在科技企业孵化器、公共技术服务平台、产业基金三类载体中，至少具备两类并有效运行。',
      thresholds: [
        { kind: 'compare', measure: 'ecosystemCarriers', label: '具备的载体类别', word: '至少', value: 2, unit: 'count', unitWord: '类', wording: '至少具备两类' },
      ],
      // "并有效运行" is for experts.
      isExpertJudged: true,
    },
    // The certification rule asks for further improvement, not a count: experts judge.
    expertsOnly('科技企业孵化器、公共技术服务平台、产业基金等运行成效、服务能级进一步提升。'),
  ),
  base(
    'base.serviceActivities',
    '服务能力',
    '服务企业情况',
    '定性',
    '反映基地为入驻企业开展服务的成效情况。',
    expertsOnly('组织开展特色服务活动并取得初步成效。'),
    expertsOnly('创建期内服务活动数量稳定增长，形成具有影响力的特色服务品牌。'),
  ),
  base(
    'base.facilities',
    '配套建设',
    '配套设施情况',
    '定性',
    '反映基地生产生活配套设施情况。',
    expertsOnly('主要从基地服务空间开放共享情况、数字和低碳技术应用、生产配套设施、生活配套设施等方面进行评价。'),
    expertsOnly('服务空间开放共享情况、数字和低碳技术应用、生产配套设施、生活配套设施进一步提升。'),
  ),
  base(
    'base.operations',
    '运营管理',
    '运营管理和服务能力',
    '定量定性',
    '反映基地运营主体的管理、服务能力。',
    expertsOnly('主要从运营主体服务性收入占比、运营主体管理能力等方面进行评价。'),
    expertsOnly('运营主体服务性收入占比、运营主体管理能力进一步提升。'),
  ),
];
