// /api/docs: the public API described on one small page, rendered on the server from the same OpenAPI document, with
// every value escaped and no script (the route forbids scripts with its Content-Security-Policy).
import { API_TITLE, type OpenApiDocument, type OpenApiParameter } from './build-document';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function typeOf(schema: Record<string, unknown>): string {
  if (Array.isArray(schema.enum)) return schema.enum.length > 8 ? `${schema.enum.slice(0, 8).join(' | ')} | …（共${schema.enum.length}项）` : schema.enum.join(' | ');
  const type = typeof schema.type === 'string' ? schema.type : 'string';
  const bounds = [schema.minimum !== undefined ? `≥${String(schema.minimum)}` : '', schema.maximum !== undefined ? `≤${String(schema.maximum)}` : '', schema.maxLength !== undefined ? `最长${String(schema.maxLength)}` : '']
    .filter(Boolean)
    .join('，');
  return bounds ? `${type}（${bounds}）` : type;
}

function parameterRows(parameters: readonly OpenApiParameter[]): string {
  if (parameters.length === 0) return '<p>无参数。</p>';
  const rows = parameters
    .map((p) => `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.in === 'path' ? '路径' : '查询'}</td><td>${p.required ? '是' : '否'}</td><td>${escapeHtml(typeOf(p.schema))}</td><td>${escapeHtml(p.description ?? '')}</td></tr>`)
    .join('');
  return `<table><thead><tr><th>参数</th><th>位置</th><th>必填</th><th>取值</th><th>说明</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function curlOf(method: string, baseUrl: string, example: string, isKeyed: boolean, contentType: string | undefined): string {
  const parts = ['curl'];
  if (method !== 'GET') parts.push(`-X ${method}`);
  if (isKeyed) parts.push("-H 'Authorization: Bearer <API密钥>'");
  if (contentType === 'application/json') parts.push("-H 'Content-Type: application/json' -d '{…}'");
  if (contentType === 'multipart/form-data') parts.push("-F 'objectorName=…' -F 'attachments=@材料.pdf'");
  parts.push(`'${baseUrl}${example}'`);
  return parts.join(' ');
}

export interface DocsExample {
  method: string;
  url: string;
  example: string;
}

export function renderDocsPage(document: OpenApiDocument, examples: readonly DocsExample[], baseUrl: string): string {
  const sections = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const verb = method.toUpperCase();
      const example = examples.find((e) => e.method === verb && e.url.replace(/:(\w+)/g, '{$1}') === path);
      const isKeyed = (op.security ?? []).length > 0;
      const bodyType = op.requestBody ? Object.keys(op.requestBody.content)[0] : undefined;
      const statuses = Object.entries(op.responses)
        .map(([status, r]) => `<li><code>${escapeHtml(status)}</code> ${escapeHtml(r.description)}</li>`)
        .join('');
      return `<section id="${escapeHtml(op.operationId)}"><h2><span class="verb">${verb}</span> <code>${escapeHtml(path)}</code></h2>
<p>${escapeHtml(op.summary)}${isKeyed ? '（需API密钥）' : ''}</p>${op.description ? `<p class="note">${escapeHtml(op.description)}</p>` : ''}
${parameterRows(op.parameters)}${bodyType ? `<p>请求体：<code>${escapeHtml(bodyType)}</code>，字段见 OpenAPI 文档。</p>` : ''}
<ul class="statuses">${statuses}</ul>
<pre>${escapeHtml(curlOf(verb, baseUrl, example?.example ?? path, isKeyed, bodyType))}</pre></section>`;
    }),
  );
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(API_TITLE)}</title>
<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:960px;margin:0 auto;padding:16px;line-height:1.6;color:#1f1f1f}
h1{font-size:1.4em}h2{font-size:1.05em;margin-top:2em;word-break:break-all}.verb{color:#1677ff}.note{color:#595959}
table{border-collapse:collapse;width:100%;display:block;overflow-x:auto}th,td{border:1px solid #d9d9d9;padding:4px 8px;text-align:left;vertical-align:top}th,td:nth-child(-n+3){white-space:nowrap}td code{word-break:normal}
pre{background:#f5f5f5;padding:8px;white-space:pre-wrap;word-break:break-all}code{word-break:break-all}</style></head>
<body><h1>${escapeHtml(API_TITLE)}</h1>
<p>${escapeHtml(document.info.description)}</p>
<p>机器可读的说明：<a href="/api/docs/openapi.json">/api/docs/openapi.json</a>（OpenAPI ${escapeHtml(document.openapi)}）。</p>
${sections.join('\n')}
</body></html>`;
}
