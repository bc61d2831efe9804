// THE lifecycle of a platform/base (DESIGN §2): every state change is one row here, backward edges included
// (return for revision, extension, rectification). transition.ts only looks rows up; docs/lifecycle.md is
// generated from this table (npm run docs:lifecycle). Who may act follows DESIGN §1: the applicant submits,
// resubmits and withdraws; the city returns, rejects, recommends and reviews change reports; the province
// decides. Every row is an act of a person: no deadline job changes a state (ADR 0009).
import type { Role } from '../shared/roles';
import type { EffectName } from './effects';
import type { LifecycleEvent } from './events';
import type { GuardName } from './guards';
import type { LifecycleState } from './states';

export interface TransitionRow {
  readonly from: LifecycleState;
  readonly event: LifecycleEvent;
  readonly to: LifecycleState;
  readonly roles: readonly Role[];
  readonly guard?: GuardName;
  readonly effects?: readonly EffectName[];
  /** What the row means, in Chinese. */
  readonly description: string;
  readonly article: string;
}

// Art. 11: the states in which an operator can be asked to report a change, and the city and province act on it.
// re_review is one of them: a round keeps an object there for months, and a change in that time is still due
// within 3 months; a report pending when the round opened must not freeze.
const CHANGE_REPORT_ROWS = (from: 'creating' | 'certified' | 're_review' | 'rectifying', revokedState: 'creation_cancelled' | 'revoked') =>
  [
    { from, event: 'report_change', to: from, roles: ['applicant'], guard: 'changeOccurred', effects: ['recordChangeReport'], description: '运营主体更名、合并、重组等重大变化后向地市报告（3个月内，逾期标记）', article: 'Art. 11' },
    { from, event: 'propose_retention', to: from, roles: ['city'], guard: 'changeReportAwaitingCity', effects: ['recordRetentionProposal'], description: '地市审核变化报告，提出保留意见报省', article: 'Art. 11' },
    { from, event: 'propose_revocation', to: from, roles: ['city'], guard: 'changeReportAwaitingCity', effects: ['recordRevocationProposal'], description: '地市审核变化报告，提出撤销意见报省', article: 'Art. 11' },
    { from, event: 'retain_after_change', to: from, roles: ['province'], guard: 'changeReportAwaitingProvince', effects: ['decideRetention'], description: '省厅在年度工作中决定保留，变化事项随之调整', article: 'Art. 11' },
    { from, event: 'revoke_after_change', to: revokedState, roles: ['province'], guard: 'changeRevocation', effects: ['decideRevocation', 'publishReason'], description: '省厅在年度工作中决定撤销', article: 'Art. 11' },
  ] as const;

export const TRANSITIONS = [
  // ── Application: Art. 7(1) to the city, Art. 7(2) to the province and the 公示 ──
  { from: 'draft', event: 'submit', to: 'submitted', roles: ['applicant'], description: '运营主体将申报材料提交至所在地市级中小企业主管部门', article: 'Art. 7(1)' },
  { from: 'draft', event: 'withdraw', to: 'withdrawn', roles: ['applicant'], description: '运营主体放弃申报（自愿参与创建）', article: 'Art. 4' },
  { from: 'submitted', event: 'withdraw', to: 'withdrawn', roles: ['applicant'], description: '初审前撤回申报', article: 'Art. 4' },
  { from: 'submitted', event: 'return_for_revision', to: 'returned_for_revision', roles: ['city'], guard: 'hasReason', effects: ['recordReason'], description: '地市初审发现材料需补正，说明理由退回修改', article: 'Art. 7(1)' },
  { from: 'returned_for_revision', event: 'resubmit', to: 'submitted', roles: ['applicant'], description: '运营主体修改后重新提交地市初审', article: 'Art. 7(1)' },
  { from: 'returned_for_revision', event: 'withdraw', to: 'withdrawn', roles: ['applicant'], description: '退回后不再提交，撤回申报', article: 'Art. 4' },
  { from: 'submitted', event: 'reject_by_city', to: 'city_rejected', roles: ['city'], guard: 'hasReason', effects: ['recordReason'], description: '地市初审不予推荐', article: 'Art. 7(1)' },
  { from: 'submitted', event: 'recommend', to: 'recommended', roles: ['city'], description: '地市初审后将拟推荐对象报省工业和信息化厅', article: 'Art. 7(1)' },
  { from: 'recommended', event: 'reject_by_province', to: 'province_rejected', roles: ['province'], guard: 'hasReason', effects: ['recordReason'], description: '省厅审核后未择优确定为拟创建对象', article: 'Art. 7(2)' },
  // Art. 5/7(2): an applicant found ineligible after shortlisting (e.g. newly listed as seriously dishonest) is
  // not confirmed, whether or not anyone objected during the 公示.
  { from: 'shortlisted', event: 'reject_by_province', to: 'province_rejected', roles: ['province'], guard: 'hasReason', effects: ['recordReason', 'publishReason'], description: '公示前发现不符合申报条件，不予确定为创建对象', article: 'Art. 7(2)' },
  { from: 'creation_publicity', event: 'reject_by_province', to: 'province_rejected', roles: ['province'], guard: 'hasReason', effects: ['recordReason', 'publishReason'], description: '公示期间发现不符合申报条件，不予确定为创建对象', article: 'Art. 7(2)' },
  { from: 'recommended', event: 'shortlist', to: 'shortlisted', roles: ['province'], description: '省厅审核申报材料，按程序择优确定拟创建对象', article: 'Art. 7(2)' },
  { from: 'shortlisted', event: 'publish_creation_notice', to: 'creation_publicity', roles: ['province'], effects: ['openCreationPublicity'], description: '拟创建对象通过厅网站公示5个工作日', article: 'Art. 7(2)' },
  { from: 'creation_publicity', event: 'confirm_creation', to: 'creating', roles: ['province'], guard: 'publicityClosed', effects: ['confirmCreationPublicity', 'startCreationPeriod'], description: '公示无异议或异议不属实，确定为创建对象，进入2年创建期', article: 'Art. 7(2)' },
  { from: 'creation_publicity', event: 'uphold_creation_objection', to: 'withdrawn', roles: ['province'], guard: 'objectionUpheld', effects: ['upholdCreationObjection', 'publishReason'], description: '公示异议经核实属实，不予确定为创建对象', article: 'Art. 7(2)' },

  // ── Creation: Art. 7(3) acceptance, Art. 7(4) 公示 and certification ──
  { from: 'creating', event: 'submit_acceptance', to: 'acceptance_submitted', roles: ['applicant'], guard: 'creationPeriodReached', description: '创建期届满，运营主体申请评估验收', article: 'Art. 7(3)' },
  // Art. 7(3) "创建期满后，省工业和信息化厅组织评估验收": the province need not wait for the operator to apply.
  { from: 'creating', event: 'start_acceptance_review', to: 'acceptance_review', roles: ['province'], guard: 'creationPeriodOver', description: '创建期满后，省厅组织评估验收（运营主体未申请的亦同）', article: 'Art. 7(3)' },
  { from: 'acceptance_submitted', event: 'start_acceptance_review', to: 'acceptance_review', roles: ['province'], guard: 'creationPeriodOver', description: '创建期满后，省厅对照认定标准和创建方案组织评估验收', article: 'Art. 7(3)' },
  { from: 'acceptance_review', event: 'pass_acceptance', to: 'certification_shortlisted', roles: ['province'], description: '验收通过，择优确定为拟认定对象', article: 'Art. 7(3)' },
  { from: 'acceptance_review', event: 'fail_acceptance', to: 'creating', roles: ['province'], guard: 'firstAcceptanceFailure', effects: ['recordReason', 'extendCreationPeriod'], description: '初次验收未通过，创建期延长1年', article: 'Art. 7(3)' },
  { from: 'acceptance_review', event: 'fail_acceptance', to: 'exited', roles: ['province'], guard: 'repeatedAcceptanceFailure', effects: ['recordReason'], description: '延期后再次验收未通过，退出创建活动', article: 'Art. 7(3)' },
  { from: 'certification_shortlisted', event: 'publish_certification_notice', to: 'certification_publicity', roles: ['province'], effects: ['openCertificationPublicity'], description: '拟认定名单通过厅网站公示5个工作日', article: 'Art. 7(4)' },
  { from: 'certification_publicity', event: 'certify', to: 'certified', roles: ['province'], guard: 'publicityClosed', effects: ['confirmCertificationPublicity', 'scheduleReReview'], description: '公示无异议或异议不属实，发文公告正式认定', article: 'Art. 7(4)' },
  { from: 'certification_publicity', event: 'uphold_certification_objection', to: 'acceptance_review', roles: ['province'], guard: 'objectionUpheld', effects: ['upholdCertificationObjection', 'publishReason'], description: '公示异议经核实属实，不予认定，重新作出验收结论', article: 'Art. 7(4)' },

  // ── Certified: Art. 9 registry tier, Art. 10 biennial re-review and rectification ──
  { from: 'certified', event: 'start_re_review', to: 're_review', roles: ['province'], guard: 'reReviewDue', effects: ['recordReReviewStart'], description: '省厅会同地市开展运行和服务情况复核（每2年一次）', article: 'Art. 10' },
  { from: 're_review', event: 'pass_re_review', to: 'certified', roles: ['province'], effects: ['recordReReviewPassed', 'scheduleReReview'], description: '复核达标', article: 'Art. 10' },
  { from: 're_review', event: 'fail_re_review', to: 'rectifying', roles: ['province'], guard: 'firstReReviewFailure', effects: ['recordReReviewFailed', 'recordReason', 'startRectification'], description: '复核不达标，给予1年整改期', article: 'Art. 10' },
  { from: 'rectifying', event: 'start_re_review', to: 're_review', roles: ['province'], guard: 'rectificationOver', effects: ['recordReReviewStart'], description: '整改期满后再次复核', article: 'Art. 10' },
  { from: 're_review', event: 'fail_re_review', to: 'revoked', roles: ['province'], guard: 'repeatedReReviewFailure', effects: ['recordReReviewFailed', 'publishReason'], description: '连续两年未通过复核，取消认定命名', article: 'Art. 10' },
  { from: 'certified', event: 'mark_national', to: 'certified', roles: ['province'], guard: 'notNational', effects: ['markNational'], description: '获工业和信息化部认定为国家级示范平台（基地），信息数据库同时列示', article: 'Art. 9' },
  { from: 'certified', event: 'unmark_national', to: 'certified', roles: ['province'], guard: 'national', effects: ['unmarkNational'], description: '国家级认定不再有效，取消国家级标注', article: 'Art. 9' },

  // ── Art. 11: major changes keep the state until the province decides to revoke ──
  ...CHANGE_REPORT_ROWS('creating', 'creation_cancelled'),
  ...CHANGE_REPORT_ROWS('certified', 'revoked'),
  ...CHANGE_REPORT_ROWS('re_review', 'revoked'),
  ...CHANGE_REPORT_ROWS('rectifying', 'revoked'),

  // ── Art. 12: serious-dishonesty list or verified data fraud, at any time during creation or after certification ──
  { from: 'creating', event: 'cancel_creation', to: 'creation_cancelled', roles: ['province'], guard: 'hasReason', effects: ['publishReason'], description: '列入严重失信主体名单或经查实数据、资料弄虚作假，取消创建资格', article: 'Art. 12' },
  { from: 'acceptance_submitted', event: 'cancel_creation', to: 'creation_cancelled', roles: ['province'], guard: 'hasReason', effects: ['publishReason'], description: '列入严重失信主体名单或经查实数据、资料弄虚作假，取消创建资格', article: 'Art. 12' },
  { from: 'acceptance_review', event: 'cancel_creation', to: 'creation_cancelled', roles: ['province'], guard: 'hasReason', effects: ['publishReason'], description: '列入严重失信主体名单或经查实数据、资料弄虚作假，取消创建资格', article: 'Art. 12' },
  { from: 'certification_shortlisted', event: 'cancel_creation', to: 'creation_cancelled', roles: ['province'], guard: 'hasReason', effects: ['publishReason'], description: '列入严重失信主体名单或经查实数据、资料弄虚作假，取消创建资格', article: 'Art. 12' },
  { from: 'certification_publicity', event: 'cancel_creation', to: 'creation_cancelled', roles: ['province'], guard: 'hasReason', effects: ['publishReason'], description: '列入严重失信主体名单或经查实数据、资料弄虚作假，取消创建资格', article: 'Art. 12' },
  { from: 'certified', event: 'revoke_certification', to: 'revoked', roles: ['province'], guard: 'hasReason', effects: ['publishReason'], description: '列入严重失信主体名单或经查实数据、资料弄虚作假，撤销认定命名', article: 'Art. 12' },
  { from: 're_review', event: 'revoke_certification', to: 'revoked', roles: ['province'], guard: 'hasReason', effects: ['publishReason'], description: '列入严重失信主体名单或经查实数据、资料弄虚作假，撤销认定命名', article: 'Art. 12' },
  { from: 'rectifying', event: 'revoke_certification', to: 'revoked', roles: ['province'], guard: 'hasReason', effects: ['publishReason'], description: '列入严重失信主体名单或经查实数据、资料弄虚作假，撤销认定命名', article: 'Art. 12' },
] as const satisfies readonly TransitionRow[];

/** The table, widened for lookups. */
export const TRANSITION_ROWS: readonly TransitionRow[] = TRANSITIONS;
