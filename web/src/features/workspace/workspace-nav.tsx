import type { ReactNode } from 'react';
import { ApartmentOutlined, AuditOutlined, BankOutlined, CalendarOutlined, CheckSquareOutlined, FileDoneOutlined, FileTextOutlined, FormOutlined, LockOutlined, NotificationOutlined, SoundOutlined, TeamOutlined } from '@ant-design/icons';
import type { Role } from '../../../../src/domain/shared/roles';

export interface NavEntry {
  path: string;
  label: string;
  icon: ReactNode;
  roles: readonly Role[] | 'all';
}

// Only pages that exist are listed; each role's later features add their entries here.
const NAV_ENTRIES: readonly NavEntry[] = [
  { path: '/workspace', label: '待办', icon: <CheckSquareOutlined />, roles: 'all' },
  { path: '/workspace/my-organisation', label: '本单位信息', icon: <BankOutlined />, roles: ['applicant'] },
  { path: '/workspace/organisations', label: '运营主体', icon: <ApartmentOutlined />, roles: ['city', 'province', 'auditor'] },
  // F3 item 2 (Art. 7(1)): the operating organisation's applications.
  { path: '/workspace/my-applications', label: '我的申报', icon: <FileTextOutlined />, roles: ['applicant'] },
  { path: '/workspace/calls', label: '年度创建通知', icon: <NotificationOutlined />, roles: ['province'] },
  { path: '/workspace/calendar', label: '节假日安排', icon: <CalendarOutlined />, roles: ['province'] },
  // F3 items 3–4 (Art. 7(1)(2)): the city's initial review, the province's review.
  { path: '/workspace/city-review', label: '初审推荐', icon: <FileDoneOutlined />, roles: ['city'] },
  { path: '/workspace/province-review', label: '省级审核', icon: <FileDoneOutlined />, roles: ['province'] },
  // F3 item 4 (Art. 7(2) 组织专家评审).
  { path: '/workspace/experts', label: '评审专家库', icon: <TeamOutlined />, roles: ['province'] },
  { path: '/workspace/expert-review', label: '专家评审', icon: <AuditOutlined />, roles: ['province'] },
  { path: '/workspace/my-reviews', label: '我的评审', icon: <FormOutlined />, roles: ['expert'] },
  { path: '/workspace/notices', label: '公示与异议', icon: <SoundOutlined />, roles: ['province', 'auditor'] },
  { path: '/workspace/password', label: '修改密码', icon: <LockOutlined />, roles: 'all' },
];

export function navEntriesFor(role: Role): NavEntry[] {
  return NAV_ENTRIES.filter((entry) => entry.roles === 'all' || entry.roles.includes(role));
}

export function canOpen(role: Role, path: string): boolean {
  return navEntriesFor(role).some((entry) => entry.path === path);
}

/** The entry a location belongs to: the longest entry path that is a prefix of it (detail pages light their list). */
export function selectedEntry(entries: NavEntry[], pathname: string): NavEntry | undefined {
  const path = pathname.replace(/\/+$/, '');
  return entries
    .filter((entry) => path === entry.path || path.startsWith(`${entry.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
}
