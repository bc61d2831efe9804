// What can happen to an application. Each event is one act of a person in a role (transitions.ts says who);
// labels are what the UI shows on the button and what the audit trail reads.

export const EVENTS = [
  // Application, Art. 7(1)(2)
  'submit',
  'withdraw',
  'return_for_revision',
  'resubmit',
  'reject_by_city',
  'recommend',
  'reject_by_province',
  'shortlist',
  'publish_creation_notice',
  'confirm_creation',
  'uphold_creation_objection',
  // Creation, Art. 7(3)(4)
  'submit_acceptance',
  'start_acceptance_review',
  'pass_acceptance',
  'fail_acceptance',
  'publish_certification_notice',
  'certify',
  'uphold_certification_objection',
  // Certified, Arts. 9, 10
  'start_re_review',
  'pass_re_review',
  'fail_re_review',
  'mark_national',
  'unmark_national',
  // Art. 11 change reports
  'report_change',
  'propose_retention',
  'propose_revocation',
  'retain_after_change',
  'revoke_after_change',
  // Art. 12
  'cancel_creation',
  'revoke_certification',
] as const;
export type LifecycleEvent = (typeof EVENTS)[number];

export const EVENT_LABELS: Record<LifecycleEvent, string> = {
  submit: '提交申报',
  withdraw: '撤回申报',
  return_for_revision: '退回修改',
  resubmit: '修改后重新提交',
  reject_by_city: '初审不予推荐',
  recommend: '推荐至省工业和信息化厅',
  reject_by_province: '审核不予确定',
  shortlist: '确定为拟创建对象',
  publish_creation_notice: '发布拟创建对象公示',
  confirm_creation: '确定为创建对象',
  uphold_creation_objection: '异议属实，不予确定',
  submit_acceptance: '申请评估验收',
  start_acceptance_review: '组织评估验收',
  pass_acceptance: '验收通过，确定为拟认定对象',
  fail_acceptance: '验收未通过',
  publish_certification_notice: '发布拟认定公示',
  certify: '发文公告正式认定',
  uphold_certification_objection: '异议属实，重新评估验收',
  start_re_review: '开展复核',
  pass_re_review: '复核通过',
  fail_re_review: '复核不达标',
  mark_national: '标注为国家级示范平台（基地）',
  unmark_national: '取消国家级标注',
  report_change: '报告重大变化',
  propose_retention: '提出保留意见',
  propose_revocation: '提出撤销意见',
  retain_after_change: '重大变化后决定保留',
  revoke_after_change: '重大变化后决定撤销',
  cancel_creation: '取消创建资格',
  revoke_certification: '撤销认定命名',
};

export function isLifecycleEvent(value: string): value is LifecycleEvent {
  return (EVENTS as readonly string[]).includes(value);
}
