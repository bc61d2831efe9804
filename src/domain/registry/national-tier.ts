// 国家级名单导入 (Art. 9: 获工业和信息化部认定的国家中小企业公共服务示范平台…信息数据库同时列示): how a row of MIIT's
// list ends. Matching is by the operator's unified social credit code (the one identifier both lists share).

export const NATIONAL_ROW_OUTCOMES = [
  /** One certified entry of the operator: marked national now. */
  'marked',
  /** Its entry was already national. */
  'already_national',
  /** The operator's entry is not certified (creating, rectifying, revoked…): left for the province to look at. */
  'not_certified',
  /** Several entries of the operator: the province picks one. */
  'ambiguous',
  /** No entry of that credit code, or the code is malformed: the province picks one or lists it as national-only. */
  'unmatched',
  /** Resolved by hand: the province picked the entry. */
  'manually_matched',
  /** Resolved by hand: listed as a national-only entry (source miit). */
  'created',
  /** Resolved by hand: the province decided the row needs nothing (e.g. a duplicate line). */
  'dismissed',
] as const;
export type NationalRowOutcome = (typeof NATIONAL_ROW_OUTCOMES)[number];

export const NATIONAL_ROW_OUTCOME_LABELS: Record<NationalRowOutcome, string> = {
  marked: '已标注国家级',
  already_national: '原已为国家级',
  not_certified: '对应条目未处于已认定状态',
  ambiguous: '同一信用代码有多个条目，待人工匹配',
  unmatched: '未匹配，待人工匹配',
  manually_matched: '已人工匹配并标注',
  created: '已作为国家级条目列入',
  dismissed: '已确认无需处理',
};

/** Rows still waiting for the province's hand. */
export const OPEN_NATIONAL_ROW_OUTCOMES: readonly NationalRowOutcome[] = ['not_certified', 'ambiguous', 'unmatched'];
