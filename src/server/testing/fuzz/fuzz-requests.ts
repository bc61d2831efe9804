// F7 item 7: turns generated values into HTTP requests for app.inject — the path with its parameters filled in, a
// query string, a JSON or raw body, and multipart bodies both well-formed and broken (ASVS V5.1, V12.1 uploads).
import fc from 'fast-check';
import type { z } from 'zod';
import { encodeLoosely, hostileQuery, hostileSegment, rawBody, type RawBody } from './hostile-values';
import type { MultipartKind, RouteInputs } from './route-inputs';
import { arbitraryOf, mutatedOf, type ArbitraryOptions } from './zod-arbitrary';

export interface FuzzRequest {
  label: 'valid' | 'mutated' | 'raw' | 'multipart';
  path: string;
  body?: { contentType: string; payload: string | Buffer };
}

/** The smallest valid PDF we store as a material: enough for content sniffing. */
export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

const paramNames = (url: string): string[] => [...url.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);

export function pathOf(url: string, params: Record<string, string>): string {
  return url.replace(/:([A-Za-z]+)/g, (_, name: string) => params[name] ?? 'x');
}

function asQueryValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) ?? '';
}

export function queryStringOf(value: unknown): string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value === undefined ? '' : `q=${encodeLoosely(asQueryValue(value))}`;
  return Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((item) => `${encodeLoosely(k)}=${encodeLoosely(asQueryValue(item))}`))
    .join('&');
}

interface Part {
  name: string;
  filename?: string;
  contentType?: string;
  content: string | Buffer;
}

export function multipartOf(parts: Part[], boundary = 'fuzzBoundary7MA4YWxk'): RawBody {
  const chunks = parts.flatMap((part) => [
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${part.filename !== undefined ? `; filename="${part.filename}"` : ''}\r\n`),
    Buffer.from(part.contentType ? `Content-Type: ${part.contentType}\r\n\r\n` : '\r\n'),
    Buffer.isBuffer(part.content) ? part.content : Buffer.from(part.content),
    Buffer.from('\r\n'),
  ]);
  return { contentType: `multipart/form-data; boundary=${boundary}`, payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]) };
}

const filePart = (content: string | Buffer = PDF_BYTES, filename = '材料.pdf'): Part => ({ name: 'file', filename, contentType: 'application/pdf', content });

function fieldParts(fields: unknown): Part[] {
  if (!fields || typeof fields !== 'object') return [{ name: 'kind', content: asQueryValue(fields) }];
  return Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([name, v]) => ({ name, content: asQueryValue(v) }));
}

/** A well-formed multipart body of the route's kind, its text fields generated from the contract. */
function validMultipart(kind: MultipartKind, fields: z.ZodType | undefined, options: ArbitraryOptions): fc.Arbitrary<RawBody> {
  const fieldValues = fields ? arbitraryOf(fields, options) : fc.constant({});
  return fieldValues.map((values) => multipartOf(kind === 'single' ? [filePart()] : [...fieldParts(values), filePart()]));
}

/** Broken multipart bodies: wrong boundary, no file part, two files, truncated, a file before the fields, junk. */
const malformedMultipart: fc.Arbitrary<RawBody> = fc.constantFrom<RawBody>(
  { contentType: 'multipart/form-data; boundary=expected', payload: multipartOf([filePart()], 'different').payload },
  multipartOf([{ name: 'kind', content: 'other' }]),
  multipartOf([filePart(), filePart(PDF_BYTES, 'second.pdf')]),
  multipartOf([{ name: 'attachments', filename: 'a.pdf', content: PDF_BYTES }, { name: 'facts', content: '先附件后文字' }]),
  multipartOf([{ name: 'other', filename: '../../etc/passwd', content: 'x' }]),
  multipartOf([filePart(Buffer.alloc(0), '')]),
  multipartOf([filePart(Buffer.from('MZ\x90\x00 not a pdf'), 'evil.pdf.exe')]),
  { contentType: 'multipart/form-data; boundary=cut', payload: Buffer.from('--cut\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 trunc') },
  { contentType: 'multipart/form-data; boundary=x', payload: Buffer.from('not multipart at all') },
  { contentType: 'multipart/form-data', payload: multipartOf([filePart()]).payload },
);

export function validRequest(url: string, inputs: RouteInputs, options: ArbitraryOptions): fc.Arbitrary<FuzzRequest> {
  const params = inputs.params ? arbitraryOf(inputs.params, options) : fc.constant({});
  const query = inputs.query ? arbitraryOf(inputs.query, options) : fc.constant(undefined);
  const body: fc.Arbitrary<RawBody | undefined> = inputs.multipart
    ? validMultipart(inputs.multipart, inputs.multipartFields, options)
    : inputs.body
      ? arbitraryOf(inputs.body, options).map((value) => ({ contentType: 'application/json', payload: JSON.stringify(value) ?? 'null' }))
      : fc.constant(undefined);
  return fc.record({ params, query, body }).map(({ params: p, query: q, body: b }) => {
    const qs = queryStringOf(q);
    const segments = Object.fromEntries(Object.entries((p ?? {}) as Record<string, unknown>).map(([k, v]) => [k, encodeLoosely(String(v))]));
    return { label: inputs.multipart ? 'multipart' : 'valid', path: pathOf(url, segments) + (qs ? `?${qs}` : ''), ...(b ? { body: b } : {}) };
  });
}

const mutatedJson = (schema: z.ZodType | undefined, options: ArbitraryOptions): fc.Arbitrary<RawBody> =>
  (schema ? mutatedOf(schema, options) : fc.constant({ unexpected: true })).map((value) => ({ contentType: 'application/json', payload: JSON.stringify(value) ?? 'null' }));

/** One thing wrong at a time: a mutated body, query or path segment, a raw non-JSON body, or a broken multipart body. */
export function mutatedRequest(url: string, inputs: RouteInputs, options: ArbitraryOptions): fc.Arbitrary<FuzzRequest> {
  const names = paramNames(url);
  return fc
    .record({
      valid: validRequest(url, inputs, options),
      where: fc.constantFrom('body', 'raw', 'query', 'path', 'multipart'),
      body: inputs.multipart ? malformedMultipart : mutatedJson(inputs.body, options),
      raw: rawBody,
      query: fc.oneof(hostileQuery, (inputs.query ? mutatedOf(inputs.query, options) : fc.constant({ unknown: 'x' })).map(queryStringOf)),
      segment: hostileSegment,
      which: fc.nat(),
      multipart: malformedMultipart,
    })
    .map(({ valid, where, body, raw, query, segment, which, multipart }): FuzzRequest => {
      const base = valid.path.split('?')[0]!;
      if (where === 'query') return { ...valid, label: 'mutated', path: `${base}?${query}` };
      if (where === 'path' && names.length) {
        const parts = base.split('/');
        const slots = url.split('/').flatMap((s, i) => (s.startsWith(':') ? [i] : []));
        parts[slots[which % slots.length]!] = segment;
        return { ...valid, label: 'mutated', path: parts.join('/') };
      }
      if (where === 'raw') return { ...valid, label: 'raw', body: raw };
      if (where === 'multipart') return { ...valid, label: 'multipart', body: multipart };
      return { ...valid, label: 'mutated', body };
    });
}
