import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../../src/domain/shared/roles';
import { navEntriesFor, selectedEntry } from './workspace-nav';

describe('workspace menu', () => {
  it('lists only the pages each role may use', () => {
    const menus = Object.fromEntries(ROLES.map((role) => [role, navEntriesFor(role).map((e) => e.label)]));
    expect(menus).toEqual({
      applicant: ['待办', '本单位信息', '修改密码'],
      city: ['待办', '运营主体', '修改密码'],
      province: ['待办', '运营主体', '年度创建通知', '节假日安排', '修改密码'],
      expert: ['待办', '修改密码'],
      auditor: ['待办', '运营主体', '修改密码'],
      sysadmin: ['待办', '修改密码'],
      secadmin: ['待办', '修改密码'],
      auditadmin: ['待办', '修改密码'],
    });
  });

  it('lights the list entry on a detail page and 待办 only on the home', () => {
    const entries = navEntriesFor('city');
    expect(selectedEntry(entries, '/workspace/organisations/abc')?.label).toBe('运营主体');
    expect(selectedEntry(entries, '/workspace/')?.label).toBe('待办');
  });
});
