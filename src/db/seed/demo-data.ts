// Demo data (demo mode only): a few operating organisations and one account per role. The organisations are
// fictional; their credit codes are built with a valid check character so they pass the same validation.
import type { OperatorKind } from '../../domain/shared/operator-kinds';
import type { Role } from '../../domain/shared/roles';

export const DEMO_PASSWORD = 'Shifan#Demo2026';

export interface DemoOrganisation {
  key: string;
  /** The first 17 characters; the check character is computed. */
  creditCodeBase: string;
  name: string;
  operatorKind: OperatorKind;
  cityCode: string;
  countyCode: string;
  establishedOn: string;
  contactName: string;
  contactPhone: string;
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { key: 'gz-centre', creditCodeBase: '12440100MB2C07155', name: '广州市中小企业公共服务中心', operatorKind: 'public_institution', cityCode: '440100', countyCode: '440106', establishedOn: '2012-05-18', contactName: '陈晓明', contactPhone: '13800138001' },
  { key: 'gz-hub', creditCodeBase: '91440112MA59K0T3N', name: '广州开发区创新创业服务有限公司', operatorKind: 'state_owned_enterprise', cityCode: '440100', countyCode: '440112', establishedOn: '2016-09-01', contactName: '李娜', contactPhone: '13800138002' },
  { key: 'sz-digital', creditCodeBase: '12440300MB2D1H4Y7', name: '深圳市中小企业数字化服务中心', operatorKind: 'public_institution', cityCode: '440300', countyCode: '440305', establishedOn: '2014-03-20', contactName: '王建国', contactPhone: '13800138003' },
  { key: 'fs-industry', creditCodeBase: '51440606MJL4C2W8F', name: '佛山市顺德区产业服务促进会', operatorKind: 'social_organisation', cityCode: '440600', countyCode: '440606', establishedOn: '2010-11-11', contactName: '何静', contactPhone: '13800138004' },
  { key: 'dg-park', creditCodeBase: '12441900MB2E8K1P3', name: '东莞市松山湖中小企业服务中心', operatorKind: 'public_institution', cityCode: '441900', countyCode: '441900401', establishedOn: '2015-07-07', contactName: '张伟', contactPhone: '13800138005' },
];

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  cityCode?: string;
  organisationKey?: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'applicant', displayName: '陈晓明', role: 'applicant', organisationKey: 'gz-centre' },
  { username: 'city.gz', displayName: '广州市工信局 林科长', role: 'city', cityCode: '440100' },
  { username: 'city.sz', displayName: '深圳市中小企业服务局 周科长', role: 'city', cityCode: '440300' },
  { username: 'province', displayName: '省工业和信息化厅 刘处长', role: 'province' },
  { username: 'expert', displayName: '评审专家 黄教授', role: 'expert' },
  { username: 'auditor', displayName: '驻厅纪检监察组 郑同志', role: 'auditor' },
  { username: 'sysadmin', displayName: '系统管理员', role: 'sysadmin' },
  { username: 'secadmin', displayName: '安全保密管理员', role: 'secadmin' },
  { username: 'auditadmin', displayName: '安全审计员', role: 'auditadmin' },
];

/** The demo expert's entry in the expert pool (评审专家库), so a draw can pick the demo `expert` account. */
export const DEMO_EXPERT_POOL_ENTRY = {
  username: 'expert',
  name: '黄教授',
  field: '数字化转型与中小企业公共服务',
  employer: '深圳大学管理学院',
  cityCode: '440300',
  termStartsOn: '2026-01-01',
  termEndsOn: '2028-12-31',
};

