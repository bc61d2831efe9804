import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../../src/domain/shared/roles';
import { navEntriesFor, selectedEntry } from './workspace-nav';

describe('workspace menu', () => {
  it('lists only the pages each role may use', () => {
    const menus = Object.fromEntries(ROLES.map((role) => [role, navEntriesFor(role).map((e) => e.label)]));
    expect(menus).toEqual({
    applicant: ['待办', '我的申报', '创建期管理', '本单位信息', '修改密码'],
    city: ['待办', '初审推荐', '创建期管理', '复核管理', '统计看板', '运营主体', '修改密码'],
    province: ['待办', '年度创建通知', '省级审核', '申报查询', '专家评审', '创建期管理', '评估验收', '认定管理', '国家级名单', '复核管理', '公示与异议', '统计看板', '运营主体', '评审专家库', '节假日安排', '修改密码'],
    expert: ['待办', '我的评审', '验收评审', '修改密码'],
    auditor: ['待办', '申报查询', '创建期管理', '评估验收', '认定管理', '复核管理', '公示与异议', '运营主体', '修改密码'],
    sysadmin: ['待办', '账号管理', '修改密码'],
    secadmin: ['待办', '角色授权', '修改密码'],
    auditadmin: ['待办', '操作日志', '登录日志', '修改密码'],
    });
  });

  it('lights the list entry on a detail page and 待办 only on the home', () => {
    const entries = navEntriesFor('city');
    expect(selectedEntry(entries, '/workspace/organisations/abc')?.label).toBe('运营主体');
    expect(selectedEntry(entries, '/workspace/')?.label).toBe('待办');
  });

  it.each([
    ['applicant', '我的申报'],
    ['city', '初审推荐'],
    ['province', '申报查询'],
    ['auditor', '申报查询'],
  ] as const)('lights the %s list on an application page', (role, label) => {
    expect(selectedEntry(navEntriesFor(role), '/workspace/applications/abc/edit')?.label).toBe(label);
    expect(selectedEntry(navEntriesFor(role), '/workspace/applications-archive')?.label).toBe('待办');
  });

  it.each(['province', 'city'] as const)('lights 统计看板 on its drill-down list for %s', (role) => {
    expect(selectedEntry(navEntriesFor(role), '/workspace/oversight/objects')?.label).toBe('统计看板');
  });

  it('prefers an entry’s own path to another entry that also lights it', () => {
    expect(selectedEntry(navEntriesFor('applicant'), '/workspace/my-applications')?.label).toBe('我的申报');
    expect(selectedEntry(navEntriesFor('province'), '/workspace/applications')?.label).toBe('申报查询');
  });
});
