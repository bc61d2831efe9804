// The registry's public vocabulary (Art. 8, DESIGN §7; ADR 0017): statuses, levels, sources and the limits of a
// query. Plain data without zod, so the public pages can import it and stay small (F6 item 5).

/** The five public statuses of F6 item 1. */
export const REGISTRY_STATUSES = ['creating', 'certified', 'rectifying', 'revoked', 'exited'] as const;
export type RegistryStatus = (typeof REGISTRY_STATUSES)[number];
export const REGISTRY_STATUS_LABELS: Record<RegistryStatus, string> = {
  creating: '创建中',
  certified: '已认定',
  rectifying: '整改中',
  revoked: '已撤销',
  exited: '已退出',
};

/** No status asked for: the current list (创建中, 已认定, 整改中); `all` adds the revoked and exited. */
export const REGISTRY_STATUS_FILTERS = ['current', ...REGISTRY_STATUSES, 'all'] as const;
export type RegistryStatusFilter = (typeof REGISTRY_STATUS_FILTERS)[number];

/** 国家级 (marked from MIIT's list, Art. 9) or 省级 (certified by the province). An entry may be both. */
export const REGISTRY_LEVELS = ['national', 'provincial'] as const;
export type RegistryLevel = (typeof REGISTRY_LEVELS)[number];
export const REGISTRY_LEVEL_LABELS: Record<RegistryLevel, string> = { national: '国家级', provincial: '省级' };

export const REGISTRY_CARRIERS = ['platform', 'base'] as const;
export type RegistryCarrier = (typeof REGISTRY_CARRIERS)[number];
export const REGISTRY_CARRIER_LABELS: Record<RegistryCarrier, string> = { platform: '示范平台', base: '示范基地' };

/** Where an entry comes from: this programme's objects, the province's list from before the system, MIIT's list. */
export const REGISTRY_SOURCES = ['programme', 'legacy', 'miit'] as const;
export type RegistrySource = (typeof REGISTRY_SOURCES)[number];

/**
 * 服务内容 a platform may list (Attachment 1 via the standard set guangdong-2025-v1: comprehensive then professional).
 * Kept here as plain strings so the public filter needs no standard set; filters.test.ts checks it against the set.
 */
export const REGISTRY_SERVICE_ITEMS = [
  '法律法规政策查询辅导', '创业指导', '管理咨询', '人才培训', '人才招聘', '市场拓展', '投融资', '法律与合规', '诉求受理', '出海服务', '可持续发展',
  '数字化转型', '绿色化发展', '计量校准', '认证认可', '试验检验', '质量标准', '知识产权', '设备共享', '科技成果转化',
] as const;

export const REGISTRY_DEFAULT_PAGE_SIZE = 20;
/** Larger page sizes are capped to this, not refused (F6 "bad input"). */
export const REGISTRY_MAX_PAGE_SIZE = 100;
/** A search longer than this (after normaliseSearch) is refused: a name is never that long. */
export const REGISTRY_MAX_QUERY_CHARS = 50;
export const REGISTRY_MIN_YEAR = 2000;
export const REGISTRY_MAX_YEAR = 2100;

/** Art. 8 asks for a neutral order; the public pages say so beside every list. */
export const REGISTRY_ORDER_NOTE = '按行政区划代码和名称排列，不代表排名';
