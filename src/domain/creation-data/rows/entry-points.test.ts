import { describe, expect, it } from 'vitest';
import { ENTRY_POINT_COLUMNS, ENTRY_POINTS_SCHEMA, MAX_REGISTRATION_MINUTES } from './entry-points';
import { exampleOf, parse } from './rows.fixture';

const PC = { kind: 'PC端', address: 'https://www.example.gov.cn', needsRegistration: '是', registrationMinutes: '5', asOf: '2026-06-30' };
const MINI = { kind: '移动端', mobileType: '小程序', address: '粤企服务', needsRegistration: '否', asOf: '2026-06-30' };

describe('服务入口 rows', () => {
  it('accepts the template example', () => {
    expect(parse(ENTRY_POINTS_SCHEMA, exampleOf(ENTRY_POINT_COLUMNS))).toEqual({
      kind: 'pc',
      mobileType: null,
      address: 'https://www.example.gov.cn',
      registrationMinutes: 5,
      asOf: '2026-06-30',
      isActive: true,
    });
  });

  it('reads a mini program by its name, with no registration', () => {
    expect(parse(ENTRY_POINTS_SCHEMA, MINI)).toEqual({ kind: 'mobile', mobileType: 'miniProgram', address: '粤企服务', registrationMinutes: null, asOf: '2026-06-30', isActive: true });
  });

  it.each([
    ['8 minutes is kept exactly', { registrationMinutes: '8' }, null],
    ['0 minutes is accepted', { registrationMinutes: '0' }, null],
    ['one decimal is accepted', { registrationMinutes: '7.5' }, null],
    ['two decimals are refused', { registrationMinutes: '7.55' }, '注册用时（分钟）: 最多保留1位小数'],
    ['negative minutes are refused', { registrationMinutes: '-1' }, `注册用时（分钟）: 应在0至${MAX_REGISTRATION_MINUTES}之间`],
    ['a day is the most', { registrationMinutes: String(MAX_REGISTRATION_MINUTES) }, null],
    ['more than a day is refused', { registrationMinutes: String(MAX_REGISTRATION_MINUTES + 1) }, `注册用时（分钟）: 应在0至${MAX_REGISTRATION_MINUTES}之间`],
    ['registration needs the minutes', { registrationMinutes: '' }, '注册用时（分钟）: 不能为空'],
    ['no registration takes no minutes', { needsRegistration: '否' }, '注册用时（分钟）: 无需注册时不填注册用时'],
    ['PC takes no mobile type', { mobileType: 'APP' }, '移动端类型: PC端不填移动端类型'],
    ['PC needs a web address', { address: 'www.example.gov.cn' }, '访问地址: 应为以http://或https://开头的网址，例如https://www.example.gov.cn，而不是“www.example.gov.cn”'],
    ['http with a port and path is accepted', { address: 'http://10.1.2.3:8080/portal?x=1' }, null],
    ['a host without a dot is refused', { address: 'https://localhost' }, '访问地址: 应为以http://或https://开头的网址，例如https://www.example.gov.cn，而不是“https://localhost”'],
    ['statistics dated tomorrow are refused', { asOf: '2026-07-01' }, '统计日期: 日期2026-07-01晚于今天（2026-06-30）'],
    ['停用 is 否', { isActive: '否' }, null],
  ] as const)('PC: %s', (_case, change, problem) => {
    const result = parse(ENTRY_POINTS_SCHEMA, { ...PC, ...change });
    if (problem === null) expect(Array.isArray(result), JSON.stringify(result)).toBe(false);
    else expect(result).toEqual([problem]);
  });

  it.each([
    ['mobile needs its type', { mobileType: '' }, '移动端类型: 不能为空'],
    ['the type list is closed', { mobileType: '快应用' }, '移动端类型: 应为“APP”或“小程序”或“公众号”或“H5”之一，而不是“快应用”'],
    ['a 公众号 may be named', { mobileType: '公众号', address: '广东中小企业' }, null],
    ['an APP needs a web address', { mobileType: 'APP', address: '粤企服务' }, '访问地址: 应为以http://或https://开头的网址，例如https://www.example.gov.cn，而不是“粤企服务”'],
    ['H5 with a web address is accepted', { mobileType: 'H5', address: 'https://m.example.gov.cn' }, null],
    ['a name of 100 characters is accepted', { address: '名'.repeat(100) }, null],
    ['a name of 101 characters is refused', { address: '名'.repeat(101) }, '访问地址: 应为以http://或https://开头的网址，或小程序名称（100字以内）'],
    ['a broken web address is not taken for a name', { address: 'https://粤企服务' }, '访问地址: 应为以http://或https://开头的网址，或小程序名称（100字以内）'],
  ] as const)('mobile: %s', (_case, change, problem) => {
    const result = parse(ENTRY_POINTS_SCHEMA, { ...MINI, ...change });
    if (problem === null) expect(Array.isArray(result), JSON.stringify(result)).toBe(false);
    else expect(result).toEqual([problem]);
  });
});
