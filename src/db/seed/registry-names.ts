// Word lists and name builders for the generated registry (demo seed and bench): fictional platforms, bases and
// operating organisations that read like the province's real lists. Every name is made up; none is a person's.
import type { City, Division } from '../../domain/divisions/divisions';
import type { Random } from './seeded-random';

/** Where an entry sits: its city and its county (or, in 东莞/中山, its town or street). */
export interface Place {
  city: City;
  county: Division;
}

/** How a name is written: 广州市南沙区…, 东莞市石龙镇…, and a county-level city by its own name (高州市…). */
export function placeName({ city, county }: Place): string {
  return county.name.endsWith('市') ? county.name : `${city.name}${county.name}`;
}

export const shortCityName = (city: City): string => city.name.replace(/市$/, '');

// Area codes of the 21 cities (the public service phone numbers below are made up).
/** A contact person's or an expert's name in the demo data: a common Guangdong surname and a given name. */
const SURNAMES = ['陈', '李', '黄', '张', '梁', '刘', '何', '林', '罗', '郑', '吴', '冯', '谢', '麦', '邓'];
const GIVEN_NAMES = ['志强', '晓燕', '建华', '丽娟', '伟明', '嘉欣', '国华', '婉婷', '永康', '慧敏', '家豪', '少玲'];
export const personName = (random: Random): string => `${random.pick(SURNAMES)}${random.pick(GIVEN_NAMES)}`;

export const AREA_CODES: Record<string, string> = {
  '440100': '020', '440200': '0751', '440300': '0755', '440400': '0756', '440500': '0754', '440600': '0757', '440700': '0750',
  '440800': '0759', '440900': '0668', '441200': '0758', '441300': '0752', '441400': '0753', '441500': '0660', '441600': '0762',
  '441700': '0662', '441800': '0763', '441900': '0769', '442000': '0760', '445100': '0768', '445200': '0663', '445300': '0766',
};

// Short Latin tags for the made-up websites (https://www.<tag>sme<n>.example.com: a reserved domain, RFC 2606).
export const CITY_TAGS: Record<string, string> = {
  '440100': 'gz', '440200': 'sg', '440300': 'sz', '440400': 'zh', '440500': 'st', '440600': 'fs', '440700': 'jm',
  '440800': 'zj', '440900': 'mm', '441200': 'zq', '441300': 'hz', '441400': 'mz', '441500': 'sw', '441600': 'hy',
  '441700': 'yj', '441800': 'qy', '441900': 'dg', '442000': 'zs', '445100': 'cz', '445200': 'jy', '445300': 'yf',
};

const INDUSTRIES = [
  '家电', '家具', '陶瓷', '纺织服装', '五金', '电子信息', '智能制造', '新材料', '生物医药', '模具', '灯饰照明', '食品', '玩具',
  '珠宝首饰', '小家电', '化妆品', '不锈钢', '汽车零部件', '跨境电商', '软件和信息服务', '装备制造', '预制菜', '新能源', '印刷包装',
] as const;

const COMPREHENSIVE_THEMES = ['中小企业公共服务平台', '中小企业综合服务平台', '中小企业一站式服务平台', '中小企业创业创新服务平台', '民营经济综合服务平台'];
const PROFESSIONAL_THEMES = [
  '中小企业数字化转型公共服务平台', '中小企业知识产权公共服务平台', '中小企业检验检测公共服务平台', '中小企业工业设计公共服务平台',
  '中小企业绿色低碳公共服务平台', '中小企业质量标准公共服务平台', '中小企业科技成果转化服务平台', '中小企业计量校准公共服务平台',
  '中小企业人才培训公共服务平台', '中小企业出海服务平台',
];
const INDUSTRY_PLATFORM_THEMES = ['产业公共服务平台', '产业中小企业创新服务平台', '产业数字化公共服务平台', '产业检测认证公共服务平台'];
const BASE_THEMES = ['产业中小企业创新示范基地', '产业小微企业创业创新示范基地', '产业中小企业集聚发展示范基地'];
const PARK_BASES = ['中小企业创业创新示范基地', '小微企业创业创新示范基地', '科技企业孵化示范基地', '中小企业数字化转型示范基地'];
const PARKS = ['科技园', '创新园', '智造园', '众创空间', '产业园', '创意园', '电商产业园', '孵化器'];

const BRANDS = [
  '智汇', '创享', '联创', '启航', '众创', '粤信', '云帆', '德润', '华科', '恒达', '锐思', '凯越', '卓远', '泓远', '博睿', '汇智',
  '星河', '瀚海', '领航', '科沃', '信达', '宏图', '明德', '嘉禾', '致远', '融通', '天翼', '南粤', '海创', '优企',
] as const;
const INSTITUTIONS = ['中小企业服务中心', '生产力促进中心', '科技创新服务中心', '企业服务中心', '经济发展服务中心', '投资促进中心', '科技信息研究所'];
const INDUSTRY_INSTITUTIONS = ['产业创新中心', '产业服务中心', '产品质量检验检测中心', '产业技术研究院'];
const COMPANY_KINDS = ['科技服务', '信息科技', '检测技术', '知识产权服务', '企业管理咨询', '产业园运营管理', '工业设计', '数字科技'];

export type OperatorCategory = 'enterprise' | 'institution' | 'association';
/** The credit code's first two characters (GB 32100: registration authority, organisation category). */
export const CATEGORY_PREFIX: Record<OperatorCategory, string> = { enterprise: '91', institution: '12', association: '51' };
/** How the organisation identifier of a code issued since 2015 starts for each category. */
export const IDENTIFIER_PREFIX: Record<OperatorCategory, string> = { enterprise: 'MA', institution: 'MB', association: 'MJ' };

// Many platforms carry a brand word (“智汇”…), which keeps names apart where one county lists dozens.
export function platformName(random: Random, place: Place, kind: 'comprehensive' | 'professional'): string {
  const where = placeName(place);
  const brand = random.chance(0.5) ? random.pick(BRANDS) : '';
  if (kind === 'comprehensive') return `${where}${brand}${random.pick(COMPREHENSIVE_THEMES)}`;
  return random.chance(0.6) ? `${where}${brand}${random.pick(PROFESSIONAL_THEMES)}` : `${where}${random.pick(INDUSTRIES)}${random.pick(INDUSTRY_PLATFORM_THEMES)}`;
}

export function baseName(random: Random, place: Place): string {
  const where = placeName(place);
  if (random.chance(0.5)) return `${where}${random.pick(INDUSTRIES)}${random.pick(BASE_THEMES)}`;
  return `${where}${random.pick(BRANDS)}${random.pick(PARKS)}${random.pick(PARK_BASES)}`;
}

export function operatorName(random: Random, place: Place, category: OperatorCategory): string {
  const where = placeName(place);
  const city = shortCityName(place.city);
  switch (category) {
    case 'institution':
      return `${where}${random.chance(0.3) ? random.pick(INSTITUTIONS) : `${random.pick(INDUSTRIES)}${random.pick(INDUSTRY_INSTITUTIONS)}`}`;
    case 'association':
      return `${where}${random.pick(INDUSTRIES)}${random.pick(['行业协会', '商会', '产业联合会', '中小企业发展促进会'])}`;
    case 'enterprise':
      return `${city}市${random.sample(BRANDS, 2).join('')}${random.pick(COMPANY_KINDS)}有限公司`;
  }
}

// Reasons as the province would publish them with the act (Arts. 10–12); the labels are those of the programme's
// own history lines (src/domain/registry/history.ts), so legacy and programme entries read alike.
export const RECTIFICATION_REASONS = ['复核期内服务中小企业数量未达到认定标准', '复核发现服务记录不完整、佐证材料不足', '专职服务人员数量未达到认定标准'];
export const REVOCATIONS = [
  { label: '连续两年未通过复核，撤销认定命名（第十条）', reason: '整改期满复核仍未达到认定标准', isAfterRectification: true },
  { label: '撤销认定命名（第十二条）', reason: '经查实申报材料中的服务数据弄虚作假', isAfterRectification: false },
  { label: '撤销认定命名（第十二条）', reason: '运营主体被列入严重失信主体名单', isAfterRectification: false },
  { label: '运营主体发生重大变化，撤销认定命名（第十一条）', reason: '运营主体被合并后不再从事中小企业公共服务', isAfterRectification: false },
] as const;
export const CANCELLATION_REASONS = ['经查实创建期内报送的服务数据弄虚作假', '运营主体被列入严重失信主体名单'];
