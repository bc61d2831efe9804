// The OpenAPI 3.1 document of the public API (F6 item 6), generated from the catalogue's zod schemas with zod's own
// JSON Schema output (draft 2020-12 is what OpenAPI 3.1 uses). `io: 'input'` describes what a client may send:
// defaults are optional, and a transform such as the page-size cap is described by what it accepts.
import { z } from 'zod';
import { zErrorEnvelope } from '../../contracts/public-api-responses';
import type { PublicOperation } from './public-api';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; required?: string[] };

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

export interface OpenApiOperation {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  parameters: OpenApiParameter[];
  requestBody?: { required: true; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: JsonSchema }>; headers?: Record<string, unknown> }>;
  security?: Record<string, string[]>[];
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers?: { url: string }[];
  tags: { name: string }[];
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, unknown> };
}

export const API_TITLE = '广东省中小企业公共服务示范平台（基地）开放数据接口';

// zod writes the bounds of a safe integer on every .int(); they say nothing to a reader.
function withoutSafeIntegerBounds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSafeIntegerBounds);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, v]) => !((key === 'maximum' && v === Number.MAX_SAFE_INTEGER) || (key === 'minimum' && v === Number.MIN_SAFE_INTEGER)))
      .map(([key, v]) => [key, withoutSafeIntegerBounds(v)]),
  );
}

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = withoutSafeIntegerBounds(z.toJSONSchema(schema, { io, unrepresentable: 'any' })) as JsonSchema;
  return rest;
}

/** `/api/v1/registry/:id` → `/api/v1/registry/{id}`. */
export function openApiPath(url: string): string {
  return url.replace(/:(\w+)/g, '{$1}');
}

function parametersOf(schema: z.ZodType | undefined, where: 'path' | 'query', fields: Record<string, string>): OpenApiParameter[] {
  if (!schema) return [];
  const json = toSchema(schema, 'input');
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    ...(fields[name] ? { description: fields[name] } : {}),
    schema: property,
  }));
}

function describeFields(schema: JsonSchema, fields: Record<string, string>): JsonSchema {
  const properties = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, property]) => [name, fields[name] ? { description: fields[name], ...property } : property]),
  );
  return { ...schema, properties };
}

const errorContent = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };

function operationOf(op: PublicOperation): OpenApiOperation {
  const fields = op.fields ?? {};
  const success = op.response.status ?? 200;
  const responses: OpenApiOperation['responses'] = {
    [success]: {
      description: op.response.description,
      content: { [op.response.contentType]: { schema: op.response.schema ? toSchema(op.response.schema, 'output') : {} } },
      ...(op.hasEtag ? { headers: { ETag: { schema: { type: 'string' } }, 'Cache-Control': { schema: { type: 'string' } } } } : {}),
    },
    400: { description: '请求参数有误（issues 逐项说明字段）', content: errorContent },
  };
  if (op.hasEtag) responses[304] = { description: '内容未变化（请求头 If-None-Match 与 ETag 相同）' };
  for (const [status, description] of Object.entries(op.errors ?? {})) responses[status] = { description, content: errorContent };
  return {
    operationId: `${op.method.toLowerCase()}${op.url.replace(/[^A-Za-z0-9]+(\w?)/g, (_m, c: string) => c.toUpperCase())}`,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    parameters: [...parametersOf(op.params, 'path', fields), ...parametersOf(op.query, 'query', fields)],
    ...(op.body ? { requestBody: { required: true as const, content: { [op.body.contentType]: { schema: describeFields(toSchema(op.body.schema, 'input'), fields) } } } } : {}),
    responses,
    ...(op.isKeyed ? { security: [{ apiKey: [] }] } : {}),
  };
}

export function buildOpenApiDocument(operations: readonly PublicOperation[], options: { serverUrl?: string | undefined } = {}): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const op of operations) {
    const path = openApiPath(op.url);
    paths[path] = { ...paths[path], [op.method.toLowerCase()]: operationOf(op) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: API_TITLE,
      version: '1.0.0',
      description: '公开、无需登录的接口。错误统一为 {"code","message","issues":[{"path","message"}]}，message 为中文。公开名单按行政区划代码和名称排列，不代表排名，不含任何评分。',
    },
    ...(options.serverUrl ? { servers: [{ url: options.serverUrl }] } : {}),
    tags: [...new Set(operations.map((op) => op.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: { Error: toSchema(zErrorEnvelope, 'output') },
      securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: '创建期管理 → 数据接口 中生成的API密钥' } },
    },
  };
}
