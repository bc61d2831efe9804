// F7 item 1 (等保2.0 三级 8.1.4.3 安全审计): the audit administrator reads the log in Chinese. Every action string the
// server writes has a label here; action-labels.test.ts scans src/server and fails when one is missing.
import { NATIONAL_ROW_OUTCOME_LABELS, type NationalRowOutcome } from '../registry/national-tier';
import { EVENT_LABELS, type LifecycleEvent } from '../lifecycle/events';

export const ACTION_LABELS: Record<string, string> = {
  // 登录日志 (auth.*)
  'auth.login': '登录成功',
  'auth.login_failed': '登录失败',
  'auth.logout': '退出登录',
  'auth.locked': '账号因连续登录失败被锁定',
  'auth.password_changed': '修改密码',
  'auth.password_change_failed': '修改密码时当前密码错误',
  'auth.second_factor_passed': '动态口令验证通过',
  'auth.second_factor_verified': '动态口令验证通过',
  'auth.second_factor_failed': '动态口令验证失败',
  'auth.second_factor_enrolled': '绑定动态口令',
  'auth.second_factor_reset': '重置动态口令',
  // 系统与账号
  'system.demo_seeded': '写入演示数据',
  'system.initial_admin_created': '创建初始管理员',
  'system.personal_data_sealed': '加密存量个人信息',
  'account.password_changed': '修改密码',
  // 三员分立 (F7 item 2): the administrators' own acts
  'account.created': '创建账号',
  'account.disabled': '停用账号',
  'account.enabled': '启用账号',
  'account.password_reset': '重置密码',
  'account.credential_issued': '发放密码第二段',
  'account.unlocked': '解除账号锁定',
  'account.second_factor_reset': '重置动态口令',
  'role.granted': '授予角色',
  'role.withdrawn': '收回角色',
  'audit.export': '导出审计日志',
  // F8: exports of the oversight dashboards (统计看板) and their lists
  'oversight.export': '导出统计看板数据',
  'apiKey.created': '创建数据推送密钥',
  'apiKey.revoked': '吊销数据推送密钥',
  'file.stored': '上传文件',
  // 运营主体
  'organisation.registered': '运营主体注册',
  'organisation.public_contact_updated': '修改对外服务联系方式',
  // 节假日与年度通知
  'calendar.year_published': '发布年度节假日安排',
  'call.draft_created': '创建年度通知草稿',
  'call.draft_updated': '修改年度通知草稿',
  'call.published': '发布年度创建工作通知',
  // 申报
  'application.created': '创建申报',
  'application.draft_saved': '保存申报草稿',
  'application.material_added': '上传申报材料',
  'application.material_removed': '删除申报材料',
  'application.formal_check': '形式审查',
  // 专家评审
  'expert.added': '新增评审专家',
  'expert.deactivated': '停用评审专家',
  'expert.avoidance_added': '登记专家回避关系',
  'review_group.created': '创建评审组',
  'review_group.drawn': '抽取评审专家',
  'review_group.drawn_more': '补抽评审专家',
  'expert_review.declared': '专家声明无利益冲突',
  'expert_review.saved': '保存评分',
  'expert_review.submitted': '提交评分',
  'review.export_details': '导出评审明细',
  'oversight.report_exported': '导出年度工作报告',
  // 公示与异议
  'notice.published': '发布公示',
  'objection.received': '收到异议',
  'objection.decided': '异议处理决定',
  'objection.identities.viewed': '查看异议人完整联系电话',
  'announcement.published': '发文公告认定',
  // 创建期数据
  'creationData.imported': '导入创建期数据',
  'serviceRecord.voided': '作废服务记录',
  'serviceEvent.voided': '作废服务活动',
  'progressReport.submitted': '提交进展报告',
  'progressReport.cityCommented': '地市填写进展报告意见',
  // 评估验收
  'acceptance.draft_saved': '保存验收申请草稿',
  'acceptance.evidence_added': '上传验收佐证材料',
  'acceptance.evidence_removed': '删除验收佐证材料',
  'acceptance.submitted': '提交验收申请',
  'acceptance.started': '组织评估验收',
  'acceptance.decided': '验收结论',
  'acceptance.reopened': '重新开启验收',
  'acceptance_review.experts_assigned': '指派验收专家',
  'acceptance_opinion.declared': '验收专家声明无利益冲突',
  'acceptance_opinion.submitted': '提交验收意见',
  // 复核
  're_review_round.created': '创建复核批次',
  're_review_round.opened': '开启复核批次',
  're_review.opened': '开启复核',
  're_review.report_saved': '保存复核报告',
  're_review.file_added': '上传复核材料',
  're_review.file_removed': '删除复核材料',
  're_review.submitted': '提交复核报告',
  're_review.assessed': '地市复核意见',
  're_review.decided': '复核结论',
  // 重大变更、义务、诚信
  'changeReport.reported': '报告重大变更',
  'changeReport.document_added': '上传变更材料',
  'changeReport.proposed': '地市提出变更处理意见',
  'changeReport.decided': '变更处理决定',
  'obligation.recorded': '登记义务履行',
  'obligation.evidence_added': '上传义务履行佐证',
  'obligation.voided': '作废义务履行记录',
  'integrityFinding.recorded': '登记失信或数据造假情况',
  'integrityFinding.evidence_added': '上传失信核查材料',
  // 国家级
  'national_tier.uploaded': '上传国家级名单',
  'registry_entry.marked_national': '标注为国家级',
  'registry_entry.created_national': '列入国家级条目',
};

/** Actions built from a prefix and a closed list (a lifecycle event, a national-list row outcome). */
export const ACTION_FAMILIES: Record<string, Record<string, string>> = {
  'application.': EVENT_LABELS satisfies Record<LifecycleEvent, string>,
  'national_tier.row_': NATIONAL_ROW_OUTCOME_LABELS satisfies Record<NationalRowOutcome, string>,
};

const FAMILY_TITLES: Record<string, string> = { 'application.': '', 'national_tier.row_': '国家级名单：' };

/** The Chinese label, or undefined for an action no one labelled yet. */
export function findActionLabel(action: string): string | undefined {
  const exact = ACTION_LABELS[action];
  if (exact) return exact;
  for (const [prefix, labels] of Object.entries(ACTION_FAMILIES)) {
    if (!action.startsWith(prefix)) continue;
    const label = labels[action.slice(prefix.length)];
    if (label) return `${FAMILY_TITLES[prefix] ?? ''}${label}`;
  }
  return undefined;
}

/** What the screens show: the label, or the code itself when it has none (never a blank cell). */
export function actionLabel(action: string): string {
  return findActionLabel(action) ?? action;
}

/** Every labelled action with its label, for the action filter (families expanded). */
export function labelledActions(): { action: string; label: string }[] {
  const exact = Object.keys(ACTION_LABELS);
  const family = Object.entries(ACTION_FAMILIES).flatMap(([prefix, labels]) => Object.keys(labels).map((key) => `${prefix}${key}`));
  return [...new Set([...exact, ...family])].map((action) => ({ action, label: actionLabel(action) }));
}

/** 登录日志 holds every auth.* record (login, failure, lock-out, logout, second factor). */
export const LOGIN_ACTION_PREFIX = 'auth.';

export function isLoginAction(action: string): boolean {
  return action.startsWith(LOGIN_ACTION_PREFIX);
}

/** A failed attempt: any *_failed record, or the lock-out it caused (等保2.0 三级 登录失败处理). */
export function isFailedLoginAction(action: string): boolean {
  return isLoginAction(action) && (action.endsWith('_failed') || action === 'auth.locked');
}

export const LOGIN_FAILURE_REASON_LABELS: Record<string, string> = {
  unknown_user: '用户名不存在',
  wrong_password: '密码错误',
  disabled: '账号已停用',
  locked: '账号已锁定',
  too_many_attempts: '并发尝试超过次数，未校验密码',
  attempt_while_locked: '锁定期间尝试登录',
  too_many_failures: '连续失败达到次数，账号锁定',
};

export function loginFailureReasonLabel(reason: string): string {
  return LOGIN_FAILURE_REASON_LABELS[reason] ?? reason;
}

/** Object types as the screens name them. */
export const OBJECT_TYPE_LABELS: Record<string, string> = {
  user: '用户账号',
  system: '系统',
  audit_log: '审计日志',
  oversight: '统计看板',
  role_assignment: '角色授权',
  organisation: '运营主体',
  application: '申报',
  annual_call: '年度通知',
  calendar_year: '节假日安排',
  file: '文件',
  api_key: '数据推送密钥',
  expert: '评审专家',
  expert_review: '专家评分',
  review_group: '评审组',
  publicity_notice: '公示',
  objection: '异议',
  certification_announcement: '认定公告',
  progress_report: '进展报告',
  service_record: '服务记录',
  service_event: '服务活动',
  acceptance_review: '评估验收',
  acceptance_opinion: '验收意见',
  re_review_round: '复核批次',
  re_review: '复核',
  change_report: '重大变更报告',
  obligation_record: '义务履行记录',
  integrity_finding: '失信或数据造假情况',
  registry_entry: '信息库条目',
  national_tier_upload: '国家级名单',
  national_tier_row: '国家级名单行',
};

export function objectTypeLabel(objectType: string): string {
  return OBJECT_TYPE_LABELS[objectType] ?? objectType;
}
