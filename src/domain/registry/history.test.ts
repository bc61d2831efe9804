// The public history of an entry (ADR 0017): every lifecycle event either shows as one public line or is explicitly
// not public; a reason shows only when it was published with the act; no officer, no score.
import { describe, expect, it } from 'vitest';
import { EVENTS, type LifecycleEvent } from '../lifecycle/events';
import type { LifecycleState } from '../lifecycle/states';
import { TRANSITION_ROWS } from '../lifecycle/transitions';
import { isPublicHistoryEvent, registryHistoryOf, type RegistryHistoryOutcome, type RegistryHistorySource } from './history';

const source = (event: LifecycleEvent, toState: LifecycleState, overrides: Partial<RegistryHistorySource> = {}): RegistryHistorySource => ({
  event,
  toState,
  reason: null,
  isReasonPublic: false,
  certificateNumber: null,
  retainedChange: null,
  ...overrides,
});
const shows = (kind: string, label: string, publicReason: string | null = null): RegistryHistoryOutcome => ({ status: 'public', line: { kind, label, publicReason } as never });
const NOT_PUBLIC: RegistryHistoryOutcome = { status: 'not_public' };
const WAITING: RegistryHistoryOutcome = { status: 'waiting' };
const RENAME = { kind: 'rename', formerName: '广州甲科技有限公司', newName: '广州乙科技有限公司' };

// [event, the state it leads to, what else the projection knows, expected]
const CASES: [LifecycleEvent, LifecycleState, Partial<RegistryHistorySource>, RegistryHistoryOutcome][] = [
  ['submit', 'submitted', {}, NOT_PUBLIC],
  ['withdraw', 'withdrawn', {}, NOT_PUBLIC],
  ['return_for_revision', 'returned_for_revision', { reason: '材料不全' }, NOT_PUBLIC],
  ['resubmit', 'submitted', {}, NOT_PUBLIC],
  ['reject_by_city', 'city_rejected', { reason: '不符合条件' }, NOT_PUBLIC],
  ['recommend', 'recommended', {}, NOT_PUBLIC],
  ['reject_by_province', 'province_rejected', { reason: '公示期间发现不符合申报条件', isReasonPublic: true }, NOT_PUBLIC],
  ['shortlist', 'shortlisted', {}, NOT_PUBLIC],
  ['publish_creation_notice', 'creation_publicity', {}, NOT_PUBLIC],
  ['uphold_creation_objection', 'withdrawn', { reason: '异议属实', isReasonPublic: true }, NOT_PUBLIC],
  ['confirm_creation', 'creating', {}, shows('creation_confirmed', '确定为创建对象，进入创建期')],
  ['submit_acceptance', 'acceptance_submitted', {}, NOT_PUBLIC],
  ['start_acceptance_review', 'acceptance_review', {}, NOT_PUBLIC],
  ['pass_acceptance', 'certification_shortlisted', {}, NOT_PUBLIC],
  ['fail_acceptance', 'creating', { reason: '服务企业不足' }, shows('creation_extended', '评估验收未通过，创建期延长1年')],
  ['fail_acceptance', 'exited', { reason: '延期后仍不足' }, shows('creation_exited', '延期后再次评估验收未通过，退出创建')],
  ['publish_certification_notice', 'certification_publicity', {}, NOT_PUBLIC],
  ['certify', 'certified', { certificateNumber: '粤中小企示范平台〔2026〕001号' }, shows('certified', '发文公告正式认定，证书编号粤中小企示范平台〔2026〕001号')],
  ['certify', 'certified', { certificateNumber: null }, WAITING],
  ['uphold_certification_objection', 'acceptance_review', { reason: '异议属实', isReasonPublic: true }, NOT_PUBLIC],
  ['start_re_review', 're_review', {}, NOT_PUBLIC],
  ['pass_re_review', 'certified', {}, shows('re_review_passed', '复核达标')],
  ['fail_re_review', 'rectifying', { reason: '满意度低于90%' }, shows('rectification_started', '复核不达标，给予1年整改期')],
  ['fail_re_review', 'revoked', { reason: '整改后仍不达标', isReasonPublic: true }, shows('certification_revoked', '连续两年未通过复核，撤销认定命名（第十条）', '整改后仍不达标')],
  ['mark_national', 'certified', {}, shows('national_marked', '获工业和信息化部认定，标注为国家级示范平台（基地）')],
  ['unmark_national', 'certified', {}, shows('national_unmarked', '取消国家级标注')],
  ['report_change', 'certified', {}, NOT_PUBLIC],
  ['propose_retention', 'certified', {}, NOT_PUBLIC],
  ['propose_revocation', 'certified', {}, NOT_PUBLIC],
  ['retain_after_change', 'certified', { retainedChange: RENAME, reason: '更名不影响服务' }, shows('renamed', '运营主体由“广州甲科技有限公司”更名为“广州乙科技有限公司”')],
  ['retain_after_change', 're_review', { retainedChange: RENAME }, shows('renamed', '运营主体由“广州甲科技有限公司”更名为“广州乙科技有限公司”')],
  ['retain_after_change', 'rectifying', { retainedChange: { ...RENAME, formerName: null } }, shows('renamed', '运营主体更名为“广州乙科技有限公司”')],
  ['retain_after_change', 'creating', { retainedChange: { kind: 'merger', formerName: null, newName: null } }, NOT_PUBLIC],
  ['retain_after_change', 'creating', { retainedChange: null }, WAITING],
  ['revoke_after_change', 'creation_cancelled', { reason: '合并后不再从事公共服务', isReasonPublic: true }, shows('creation_cancelled', '运营主体发生重大变化，取消创建资格（第十一条）', '合并后不再从事公共服务')],
  ['revoke_after_change', 'revoked', { reason: '合并后不再从事公共服务', isReasonPublic: true }, shows('certification_revoked', '运营主体发生重大变化，撤销认定命名（第十一条）', '合并后不再从事公共服务')],
  ['cancel_creation', 'creation_cancelled', { reason: '  列入严重失信主体名单  ', isReasonPublic: true }, shows('creation_cancelled', '取消创建资格（第十二条）', '列入严重失信主体名单')],
  ['revoke_certification', 'revoked', { reason: '数据弄虚作假', isReasonPublic: true }, shows('certification_revoked', '撤销认定命名（第十二条）', '数据弄虚作假')],
];

describe('registryHistoryOf', () => {
  it.each(CASES)('%s → %s', (event, toState, overrides, expected) => {
    expect(registryHistoryOf(source(event, toState, overrides))).toEqual(expected);
  });

  it('decides every event of the lifecycle, and every transition row it can meet', () => {
    expect(new Set(CASES.map(([event]) => event))).toEqual(new Set(EVENTS));
    // A public event's line may depend on where it leads: each of its rows has a case.
    for (const row of TRANSITION_ROWS.filter((r) => isPublicHistoryEvent(r.event))) {
      expect(CASES.some(([event, toState]) => event === row.event && toState === row.to), `${row.from} ${row.event} ${row.to}`).toBe(true);
    }
  });

  it('isPublicHistoryEvent agrees with the table', () => {
    for (const event of EVENTS) {
      const everShown = CASES.some(([e, , , expected]) => e === event && expected.status !== 'not_public');
      expect(isPublicHistoryEvent(event), event).toBe(everShown);
    }
  });

  it('never shows a reason that was not published with the act', () => {
    for (const [event, toState, overrides] of CASES) {
      const outcome = registryHistoryOf(source(event, toState, { ...overrides, reason: '内部意见：评分72分', isReasonPublic: false }));
      if (outcome.status === 'public') expect(outcome.line.publicReason, event).toBeNull();
    }
    const blank = registryHistoryOf(source('cancel_creation', 'creation_cancelled', { reason: '   ', isReasonPublic: true }));
    expect(blank).toEqual(shows('creation_cancelled', '取消创建资格（第十二条）'));
  });

  it('says nothing of who acted or how an object scored, whatever the event carries', () => {
    for (const [event, toState, overrides] of CASES) {
      const carrying = { ...source(event, toState, overrides), actorName: '王科长', actorRole: 'province', score: 87.5 } as RegistryHistorySource;
      const text = JSON.stringify(registryHistoryOf(carrying));
      expect(text, event).not.toMatch(/王科长|province|87\.5|评分|得分|分数/);
    }
  });
});
