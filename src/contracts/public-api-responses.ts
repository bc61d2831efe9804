// What the open-data API answers, as zod schemas (F6 item 6, /api/docs): the OpenAPI document is generated from them,
// and tests parse real answers with them. Their types equal the hand-written interfaces (public-api-responses.test.ts).
import { z } from 'zod';
import { REGISTRY_CARRIERS, REGISTRY_LEVELS, REGISTRY_SOURCES, REGISTRY_STATUSES } from '../domain/registry/filters';
import { ERROR_CODES } from '../domain/shared/app-error';

export const zErrorEnvelope = z
  .strictObject({
    code: z.enum(ERROR_CODES),
    message: z.string().meta({ description: '中文说明' }),
    issues: z.array(z.strictObject({ path: z.string().meta({ description: '字段路径，空串表示整个请求' }), message: z.string() })),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ description: '统一错误格式' });

const nullableString = z.string().nullable();

export const zRegistryEntryResponse = z
  .strictObject({
    id: z.string().meta({ description: '条目编号（长期不变）' }),
    name: z.string().meta({ description: '示范平台（基地）名称' }),
    operatorName: z.string().meta({ description: '运营主体' }),
    carrier: z.enum(REGISTRY_CARRIERS),
    carrierLabel: z.string(),
    platformKind: z.enum(['comprehensive', 'professional']).nullable(),
    platformKindLabel: nullableString,
    cityCode: z.string(),
    cityName: z.string(),
    countyCode: z.string(),
    countyName: z.string(),
    levels: z.array(z.enum(REGISTRY_LEVELS)).meta({ description: '国家级和/或省级' }),
    isNational: z.boolean(),
    isProvincial: z.boolean(),
    batchYear: z.number().int().nullable(),
    status: z.enum(REGISTRY_STATUSES),
    statusLabel: z.string(),
    statusDetail: nullableString,
    certificateNumber: nullableString,
    certifiedOn: nullableString.meta({ description: 'YYYY-MM-DD' }),
    serviceItems: z.array(z.string()),
    publicPhone: nullableString.meta({ description: '单位对外服务电话' }),
    website: nullableString.meta({ description: '单位网址' }),
    source: z.enum(REGISTRY_SOURCES),
  })
  .meta({ description: '信息数据库条目（不含任何评分或个人信息）' });

export const zRegistryPageResponse = z.strictObject({
  items: z.array(zRegistryEntryResponse),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  orderNote: z.string(),
});

export const zRegistryEntryDetailResponse = zRegistryEntryResponse.extend({
  formerNames: z.array(z.strictObject({ name: z.string(), until: z.string() })).meta({ description: '运营主体曾用名（保留更名后的原名称及变更日期）' }),
  history: z
    .array(z.strictObject({ occurredOn: z.string(), kind: z.string(), label: z.string(), publicReason: nullableString }))
    .meta({ description: '状态变化记录，按时间先后' }),
});
