// Names and limits of the self-assessment facts (DESIGN §7), free of zod so the public 达标自评 page can check its
// fields by hand with the same words (F6 item 5); src/contracts/self-assessment-facts.ts builds its schemas on them.
import type { QualityCategory } from './types';

/** The largest count a fact may hold. */
export const MAX_COUNT = 100_000_000;

export const QUALITY_LABELS: Record<QualityCategory, string> = {
  champion: '制造业单项冠军企业数量',
  littleGiant: '专精特新“小巨人”企业数量',
  specialised: '专精特新中小企业数量',
  highTech: '高新技术企业数量',
  techSme: '科技型中小企业数量',
  innovativeSme: '创新型中小企业数量',
};

/** The labels the count messages use ("{label}应为0至…之间的整数"), by fact. */
export const COUNT_LABELS = {
  servedEnterprises: '年服务中小企业数量',
  satisfiedAnswers: '满意答卷数',
  totalAnswers: '满意度答卷总数',
  eventParticipant: '参加企业数',
  resourceCount: '汇聚服务机构（专家）数量',
  enterpriseCount: '基地（入驻中小）企业数量',
} as const;
