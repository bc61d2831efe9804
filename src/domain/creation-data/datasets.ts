// What platforms and bases report during the creation period (F4 item 1; Attachments 1–2). Each dataset has an Excel
// and CSV template, a JSON push shape and, for the small ones, a form.
import type { Carrier } from '../standards/types';

export const DATASET_KEYS = [
  'serviceRecords',
  'serviceEvents',
  'resources',
  'libraryCounts',
  'entryPoints',
  'baseEnterprises',
  'baseProfiles',
  'baseActivities',
] as const;
export type DatasetKey = (typeof DATASET_KEYS)[number];

export interface DatasetInfo {
  label: string;
  carrier: Carrier;
  /** What the dataset feeds, in a sentence an operator understands. */
  purpose: string;
}

export const DATASETS: Record<DatasetKey, DatasetInfo> = {
  serviceRecords: { label: '服务记录', carrier: 'platform', purpose: '服务企业数量、服务覆盖面、服务内容和满意度' },
  serviceEvents: { label: '线下服务活动', carrier: 'platform', purpose: '年度线下服务活动场次（每场不少于15家企业参加）' },
  resources: { label: '服务资源池', carrier: 'platform', purpose: '汇集的服务机构和专家数量' },
  libraryCounts: { label: '资源库数据量', carrier: 'platform', purpose: '中小企业库、法律政策库、服务机构库、服务产品案例库及政策推送' },
  entryPoints: { label: '服务入口', carrier: 'platform', purpose: 'PC端、移动端入口及注册用时' },
  baseEnterprises: { label: '入驻企业', carrier: 'base', purpose: '入驻中小企业数量、主导产业营收占比、优质企业占比、研发投入强度' },
  baseProfiles: { label: '基地基本情况', carrier: 'base', purpose: '主导产业、占地面积、从业人员及孵化器、公共技术服务平台、产业基金' },
  baseActivities: { label: '基地服务活动', carrier: 'base', purpose: '基地组织的服务活动及参加企业' },
};

export function datasetsFor(carrier: Carrier): DatasetKey[] {
  return DATASET_KEYS.filter((key) => DATASETS[key].carrier === carrier);
}

export function isDatasetKey(value: string): value is DatasetKey {
  return (DATASET_KEYS as readonly string[]).includes(value);
}
