// Standard set guangdong-2025-v1: Attachments 1–3 of 广东省中小企业公共服务示范平台（基地）创建管理办法（征求意见稿）.
// Published: standard-sets.test.ts pins a hash of its content, so any edit fails the tests. Adjust thresholds by
// adding a new version (a new folder) and registering it in ../standard-sets.ts.
import type { StandardSet } from '../types';
import { BASE_INDICATORS } from './base-indicators';
import { PLATFORM_INDICATORS } from './platform-indicators';
import { ADJUSTMENT_NOTE, BASE_EXPLANATIONS, PLAN_CRITERIA } from './texts';

export const GUANGDONG_2025_V1: StandardSet = {
  version: 'guangdong-2025-v1',
  title: '广东省中小企业公共服务示范平台（基地）创建及认定标准',
  source: '《广东省中小企业公共服务示范平台（基地）创建管理办法（征求意见稿）》附件1、附件2、附件3',
  adjustmentNote: ADJUSTMENT_NOTE,
  serviceItems: {
    comprehensive: ['法律法规政策查询辅导', '创业指导', '管理咨询', '人才培训', '人才招聘', '市场拓展', '投融资', '法律与合规', '诉求受理', '出海服务', '可持续发展'],
    professional: ['数字化转型', '绿色化发展', '计量校准', '认证认可', '试验检验', '质量标准', '知识产权', '设备共享', '科技成果转化'],
  },
  // Attachment 2, 指标解释说明 2: each enterprise counted once, at its highest category.
  qualityCategories: [
    { key: 'champion', label: '制造业单项冠军企业', weight: 20 },
    { key: 'littleGiant', label: '专精特新“小巨人”企业', weight: 10 },
    { key: 'specialised', label: '专精特新中小企业', weight: 2 },
    { key: 'highTech', label: '高新技术企业', weight: 1 },
    { key: 'techSme', label: '科技型中小企业', weight: 1 },
    { key: 'innovativeSme', label: '创新型中小企业', weight: 1 },
  ],
  ecosystemCarriers: [
    { key: 'incubator', label: '科技企业孵化器' },
    { key: 'techPlatform', label: '公共技术服务平台' },
    { key: 'industryFund', label: '产业基金' },
  ],
  // Attachment 1 says only "对服务满意的占比"; DESIGN §4 fixes the survey as five answers, the top two satisfied.
  satisfactionScale: ['非常不满意', '不满意', '一般', '满意', '非常满意'],
  satisfiedAnswers: ['满意', '非常满意'],
  indicators: [...PLATFORM_INDICATORS, ...BASE_INDICATORS],
  baseExplanations: BASE_EXPLANATIONS,
  planCriteria: PLAN_CRITERIA,
};
