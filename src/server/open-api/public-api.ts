// The catalogue of the public, sessionless API (DESIGN §7; F6 item 6): every route that other systems call without a
// session, with the very zod schemas the routes parse their input with, so /api/docs cannot drift from what is
// accepted. open-api.integration.test.ts fails when a sessionless route is registered without a line here.
import type { z } from 'zod';
import { zPushBody, zPushedImportParams, zPushParams } from '../../contracts/api-keys';
import { zPublicityWindowQuery } from '../../contracts/calendar';
import { zCallYearParams } from '../../contracts/calls';
import { zAnnouncementIdParams, zAnnouncementListQuery } from '../../contracts/certification';
import { zNoInput } from '../../contracts/fields';
import { zRevocationListQuery } from '../../contracts/integrity';
import { zNoticeIdParams, zObjectionForm, zObjectionStatusRequest, zReceiptParams } from '../../contracts/notices';
import { zRegistryEntryDetailResponse, zRegistryPageResponse } from '../../contracts/public-api-responses';
import { zRegistryCsvQuery, zRegistryEntryParams, zRegistryQuery } from '../../contracts/registry';
import { zSelfAssessmentRequest } from '../../contracts/self-assessment';

export interface PublicResponse {
  /** 200 unless said (a POST that creates answers 201). */
  status?: 200 | 201;
  contentType: string;
  description: string;
  /** A zod schema of the body; absent where the body is a file or described in words only. */
  schema?: z.ZodType;
}

export interface PublicOperation {
  method: 'GET' | 'POST';
  /** As registered in Fastify (`:id`); the document writes `{id}`. */
  url: string;
  tag: string;
  summary: string;
  description?: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: { contentType: 'application/json' | 'multipart/form-data'; schema: z.ZodType };
  /** Chinese words for each parameter and body field, shown in the document and on /api/docs. */
  fields?: Record<string, string>;
  response: PublicResponse;
  /** Other answers than 200 and the 400 of every route. */
  errors?: Partial<Record<401 | 404 | 409 | 413 | 415 | 422 | 429, string>>;
  /** Answered from the registry cache: ETag, and 304 to a matching If-None-Match. */
  hasEtag?: boolean;
  /** Needs an API key (Authorization: Bearer …) instead of nothing. */
  isKeyed?: boolean;
  /** A request to show with curl: the path with example values. */
  example: string;
}

const json = (description: string, schema?: z.ZodType): PublicResponse => ({ contentType: 'application/json', description, ...(schema ? { schema } : {}) });
const PAGING = { page: '页码，从1开始', pageSize: '每页条数' };

const REGISTRY_FILTERS = {
  level: '级别：national 国家级，provincial 省级',
  carrier: '载体类型：platform 示范平台，base 示范基地',
  city: '地市的6位行政区划代码，如440100',
  serviceItem: '服务内容（服务内容清单中的一项）',
  status: '状态：current 当前名单（创建中、已认定、整改中，默认），all 全部，或 creating、certified、rectifying、revoked、exited 之一',
  year: '批次年份',
  q: '名称、运营主体、曾用名或证书编号中的任意一段文字（最多50个字）',
};

export const PUBLIC_OPERATIONS: readonly PublicOperation[] = [
  {
    method: 'GET',
    url: '/api/v1/registry',
    tag: '信息数据库',
    summary: '示范平台（基地）信息数据库列表',
    description: '按行政区划代码和名称排列，不代表排名；不含任何评分。pageSize 超过100时按100返回。支持 ETag / If-None-Match。',
    query: zRegistryQuery,
    fields: { ...REGISTRY_FILTERS, ...PAGING },
    response: json('一页条目', zRegistryPageResponse),
    hasEtag: true,
    example: '/api/v1/registry?city=440100&level=provincial&page=1&pageSize=20',
  },
  {
    method: 'GET',
    url: '/api/v1/registry.csv',
    tag: '信息数据库',
    summary: '信息数据库导出（CSV）',
    description: 'UTF-8（带BOM）、CRLF换行的CSV，筛选条件同列表，不分页。',
    query: zRegistryCsvQuery,
    fields: REGISTRY_FILTERS,
    response: { contentType: 'text/csv', description: 'CSV文件' },
    hasEtag: true,
    example: '/api/v1/registry.csv?level=national',
  },
  {
    method: 'GET',
    url: '/api/v1/registry/:id',
    tag: '信息数据库',
    summary: '信息数据库条目详情（含曾用名和状态变化记录）',
    params: zRegistryEntryParams,
    query: zNoInput,
    fields: { id: '条目编号' },
    response: json('条目详情', zRegistryEntryDetailResponse),
    hasEtag: true,
    errors: { 404: '条目不存在' },
    example: '/api/v1/registry/00000000-0000-4000-8000-000000000000',
  },
  {
    method: 'GET',
    url: '/api/v1/standards',
    tag: '创建与认定标准',
    summary: '创建标准和认定标准（附件1—3）',
    query: zNoInput,
    response: json('现行标准集'),
    example: '/api/v1/standards',
  },
  {
    method: 'POST',
    url: '/api/v1/self-assessment',
    tag: '创建与认定标准',
    summary: '达标自评：按标准核对平台或基地的事实数据',
    body: { contentType: 'application/json', schema: zSelfAssessmentRequest },
    fields: { carrier: '载体类型', platformKind: '平台类别（平台必填）', stage: 'creation 创建标准，certification 认定标准', region: '服务区域的行政区划代码', facts: '事实数据，见 DESIGN §7' },
    response: json('每项指标的判断结果'),
    example: '/api/v1/self-assessment',
  },
  {
    method: 'GET',
    url: '/api/v1/calendar/publicity-window',
    tag: '公示',
    summary: '按工作日计算公示期',
    query: zPublicityWindowQuery,
    fields: { start: '公示发布日期 YYYY-MM-DD', days: '公示工作日数，默认5' },
    response: json('公示起止日期和工作日'),
    errors: { 422: '该年度的节假日安排尚未发布' },
    example: '/api/v1/calendar/publicity-window?start=2026-09-28&days=5',
  },
  { method: 'GET', url: '/api/v1/calls', tag: '年度通知', summary: '已发布的年度创建工作通知', query: zNoInput, response: json('通知列表'), example: '/api/v1/calls' },
  {
    method: 'GET',
    url: '/api/v1/calls/:year',
    tag: '年度通知',
    summary: '某年度的创建工作通知',
    params: zCallYearParams,
    query: zNoInput,
    fields: { year: '年度' },
    response: json('通知'),
    errors: { 404: '该年度没有已发布的通知' },
    example: '/api/v1/calls/2026',
  },
  { method: 'GET', url: '/api/v1/notices', tag: '公示', summary: '公示列表（含异议受理期）', query: zNoInput, response: json('公示列表'), example: '/api/v1/notices' },
  {
    method: 'GET',
    url: '/api/v1/notices/:id',
    tag: '公示',
    summary: '公示详情',
    params: zNoticeIdParams,
    fields: { id: '公示编号' },
    response: json('公示'),
    errors: { 404: '公示不存在' },
    example: '/api/v1/notices/00000000-0000-4000-8000-000000000000',
  },
  {
    method: 'GET',
    url: '/api/v1/notices/:id/document.docx',
    tag: '公示',
    summary: '公示文件（Word）',
    params: zNoticeIdParams,
    fields: { id: '公示编号' },
    response: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', description: 'Word文件' },
    errors: { 404: '公示不存在' },
    example: '/api/v1/notices/00000000-0000-4000-8000-000000000000/document.docx',
  },
  {
    method: 'POST',
    url: '/api/v1/notices/:id/objections',
    tag: '公示',
    summary: '对公示提出异议（可附PDF/JPG/PNG材料）',
    description: '同一网络地址每小时最多提交10次。文字字段须在附件（字段名 attachments）之前。',
    params: zNoticeIdParams,
    body: { contentType: 'multipart/form-data', schema: zObjectionForm },
    fields: { id: '公示编号' },
    response: { ...json('回执号'), status: 201 },
    errors: { 404: '公示不存在', 409: '该平台（基地）已不在本次公示中', 413: '附件过大', 415: '附件类型不支持', 422: '不在异议受理期内', 429: '提交过于频繁' },
    example: '/api/v1/notices/00000000-0000-4000-8000-000000000000/objections',
  },
  {
    method: 'POST',
    url: '/api/v1/objections/:receiptNumber/status',
    tag: '公示',
    summary: '凭回执号和电话查询异议处理情况',
    description: '联系电话放在请求体 {"phone":"…"} 中，不放在地址里（地址会留在浏览器历史、代理日志和 Referer 中）。回执号不存在与电话不符的回答相同（404）。',
    params: zReceiptParams,
    body: { contentType: 'application/json', schema: zObjectionStatusRequest },
    fields: { receiptNumber: '回执号', phone: '提交异议时填写的联系电话（手机号码或带区号的固定电话）' },
    response: json('处理情况'),
    errors: { 404: '回执号或电话不符' },
    example: '/api/v1/objections/YY-20260928-ABC123/status',
  },
  {
    method: 'GET',
    url: '/api/v1/announcements',
    tag: '认定公告',
    summary: '认定公告列表（新的在前）',
    query: zAnnouncementListQuery,
    fields: PAGING,
    response: json('一页公告'),
    example: '/api/v1/announcements?page=1',
  },
  {
    method: 'GET',
    url: '/api/v1/announcements/:id',
    tag: '认定公告',
    summary: '认定公告详情（含证书编号）',
    params: zAnnouncementIdParams,
    fields: { id: '公告编号' },
    response: json('公告'),
    errors: { 404: '公告不存在' },
    example: '/api/v1/announcements/00000000-0000-4000-8000-000000000000',
  },
  {
    method: 'GET',
    url: '/api/v1/announcements/:id/document.docx',
    tag: '认定公告',
    summary: '认定公告文件（Word）',
    params: zAnnouncementIdParams,
    fields: { id: '公告编号' },
    response: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', description: 'Word文件' },
    errors: { 404: '公告不存在' },
    example: '/api/v1/announcements/00000000-0000-4000-8000-000000000000/document.docx',
  },
  {
    method: 'GET',
    url: '/api/v1/revocations',
    tag: '认定公告',
    summary: '取消与撤销公告（含公开的理由）',
    query: zRevocationListQuery,
    fields: PAGING,
    response: json('一页公告'),
    example: '/api/v1/revocations?page=1',
  },
  {
    method: 'POST',
    url: '/api/v1/creation-data/:dataset',
    tag: '创建期数据接口',
    summary: '创建对象推送创建期数据（需API密钥）',
    description: '每个密钥每分钟最多60次请求，每次最多5000条记录。',
    params: zPushParams,
    body: { contentType: 'application/json', schema: zPushBody },
    fields: { dataset: '数据集名称，如 serviceRecords', records: '记录数组' },
    response: { ...json('导入结果'), status: 201 },
    errors: { 401: 'API密钥无效或已吊销', 404: '数据集不存在或不适用', 409: '已不在数据采集期', 413: '请求过大', 429: '请求过于频繁' },
    isKeyed: true,
    example: '/api/v1/creation-data/serviceRecords',
  },
  {
    method: 'GET',
    url: '/api/v1/creation-data/imports/:importId',
    tag: '创建期数据接口',
    summary: '查询一次推送的导入结果（需API密钥）',
    params: zPushedImportParams,
    query: zNoInput,
    fields: { importId: '导入编号' },
    response: json('导入结果'),
    errors: { 401: 'API密钥无效或已吊销', 404: '导入记录不存在' },
    isKeyed: true,
    example: '/api/v1/creation-data/imports/00000000-0000-4000-8000-000000000000',
  },
  {
    method: 'GET',
    url: '/api/docs/openapi.json',
    tag: '接口说明',
    summary: '本接口说明（OpenAPI 3.1）',
    query: zNoInput,
    response: json('OpenAPI 文档'),
    example: '/api/docs/openapi.json',
  },
  {
    method: 'GET',
    url: '/api/docs',
    tag: '接口说明',
    summary: '本接口说明（网页）',
    query: zNoInput,
    response: { contentType: 'text/html', description: '网页' },
    example: '/api/docs',
  },
];
