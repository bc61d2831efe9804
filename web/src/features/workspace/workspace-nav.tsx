import type { ReactNode } from 'react';
import { ApartmentOutlined, BarChartOutlined, AuditOutlined, BankOutlined, CalendarOutlined, CheckSquareOutlined, FileDoneOutlined, FileTextOutlined, FormOutlined, FundOutlined, LockOutlined, SearchOutlined, NotificationOutlined, ReconciliationOutlined, SoundOutlined, SafetyCertificateOutlined, StarOutlined, TeamOutlined, UserOutlined, SafetyOutlined, ProfileOutlined, LoginOutlined } from '@ant-design/icons';
import type { Role } from '../../../../src/domain/shared/roles';

export interface NavEntry {
  path: string;
  label: string;
  icon: ReactNode;
  roles: readonly Role[] | 'all';
  /** Other path prefixes whose pages light this entry. */
  alsoLights?: readonly string[];
}

// Only pages that exist are listed, in the order of the work (Art. 7): the call, the applications, the reviews, the
// 公示, then reference data. `alsoLights` are the shared pages (an application's detail) that belong to the entry.
const NAV_ENTRIES: readonly NavEntry[] = [
  { path: '/workspace', label: '待办', icon: <CheckSquareOutlined />, roles: 'all' },
  { path: '/workspace/calls', label: '年度创建通知', icon: <NotificationOutlined />, roles: ['province'] },
  // F3 item 2 (Art. 7(1)): the operating organisation's applications.
  { path: '/workspace/my-applications', label: '我的申报', icon: <FileTextOutlined />, roles: ['applicant'], alsoLights: ['/workspace/applications'] },
  // F3 items 3–4 (Art. 7(1)(2)): the city's initial review, the province's review.
  { path: '/workspace/city-review', label: '初审推荐', icon: <FileDoneOutlined />, roles: ['city'], alsoLights: ['/workspace/applications'] },
  { path: '/workspace/province-review', label: '省级审核', icon: <FileDoneOutlined />, roles: ['province'] },
  // Every submitted application, read-only, for the province and the auditors (纪检监察与审计).
  { path: '/workspace/applications', label: '申报查询', icon: <SearchOutlined />, roles: ['province', 'auditor'] },
  // F3 item 4 (Art. 7(2) 组织专家评审).
  { path: '/workspace/expert-review', label: '专家评审', icon: <AuditOutlined />, roles: ['province'] },
  { path: '/workspace/my-reviews', label: '我的评审', icon: <FormOutlined />, roles: ['expert'] },
  // F4 (Art. 6, 13): creation objects' data, indicators, flags and progress reports.
  { path: '/workspace/creation-objects', label: '创建期管理', icon: <FundOutlined />, roles: ['applicant', 'city', 'province', 'auditor'] },
  // F5 items 1–2 (Art. 7(3)(4)): acceptance, the experts' opinions on it, the 拟认定公示 and the 认定公告.
  { path: '/workspace/acceptance', label: '评估验收', icon: <FileDoneOutlined />, roles: ['province', 'auditor'] },
  { path: '/workspace/my-acceptance-reviews', label: '验收评审', icon: <FormOutlined />, roles: ['expert'] },
  { path: '/workspace/certification', label: '认定管理', icon: <SafetyCertificateOutlined />, roles: ['province', 'auditor'] },
  // F6 item 2 (Art. 9): MIIT's list of national platforms and bases, matched to the registry.
  { path: '/workspace/national-tier', label: '国家级名单', icon: <StarOutlined />, roles: ['province'] },
  // F5 item 3 (Art. 10): biennial re-review rounds; the city assesses its platforms, the province decides.
  { path: '/workspace/re-review', label: '复核管理', icon: <ReconciliationOutlined />, roles: ['city', 'province', 'auditor'] },
  { path: '/workspace/notices', label: '公示与异议', icon: <SoundOutlined />, roles: ['province', 'auditor'] },
  // F8 (Art. 3, 13, 15, 16): the province's and the cities' oversight dashboards.
  { path: '/workspace/oversight', label: '统计看板', icon: <BarChartOutlined />, roles: ['province', 'city'] },
  { path: '/workspace/my-organisation', label: '本单位信息', icon: <BankOutlined />, roles: ['applicant'] },
  { path: '/workspace/organisations', label: '运营主体', icon: <ApartmentOutlined />, roles: ['city', 'province', 'auditor'] },
  { path: '/workspace/experts', label: '评审专家库', icon: <TeamOutlined />, roles: ['province'] },
  { path: '/workspace/calendar', label: '节假日安排', icon: <CalendarOutlined />, roles: ['province'] },
  // F7 item 2 (三员分立): each administrator's one job.
  { path: '/workspace/accounts', label: '账号管理', icon: <UserOutlined />, roles: ['sysadmin'] },
  { path: '/workspace/roles', label: '角色授权', icon: <SafetyOutlined />, roles: ['secadmin'] },
  { path: '/workspace/audit-log', label: '操作日志', icon: <ProfileOutlined />, roles: ['auditadmin'] },
  { path: '/workspace/login-log', label: '登录日志', icon: <LoginOutlined />, roles: ['auditadmin'] },
  { path: '/workspace/password', label: '修改密码', icon: <LockOutlined />, roles: 'all' },
];

export function navEntriesFor(role: Role): NavEntry[] {
  return NAV_ENTRIES.filter((entry) => entry.roles === 'all' || entry.roles.includes(role));
}

export function canOpen(role: Role, path: string): boolean {
  return navEntriesFor(role).some((entry) => entry.path === path);
}

const isUnder = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/** The entry a location belongs to: the longest matching prefix, its own or one it also lights (detail pages light their list). */
export function selectedEntry(entries: NavEntry[], pathname: string): NavEntry | undefined {
  const path = pathname.replace(/\/+$/, '');
  // An entry's own path beats another entry that only also lights the same prefix.
  const longestMatch = (entry: NavEntry) =>
    Math.max(-1, ...[entry.path, ...(entry.alsoLights ?? [])].filter((prefix) => isUnder(path, prefix)).map((prefix) => prefix.length + (prefix === entry.path ? 0.5 : 0)));
  return entries
    .map((entry) => ({ entry, length: longestMatch(entry) }))
    .filter((match) => match.length >= 0)
    .sort((a, b) => b.length - a.length)[0]?.entry;
}
