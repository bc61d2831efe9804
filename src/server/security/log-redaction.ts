// F7 item 6: no log line carries a personal phone (个人信息保护法 第51条; 等保2.0 三级 8.1.4.11 个人信息保护). The objection
// status check takes the phone in a POST body now (ADR 0023), but Fastify logs each request's URL and an old bookmark
// or client may still send ?phone=…, so URLs stay redacted; bodies are not logged, but any handler that logs one
// must not leak the phone either. app.ts passes these to pino.
import { maskPhone } from '../../domain/shared/mask';

/** pino redact paths: session secrets (F7 item 3) and the phone fields of the registration and objection bodies. */
export const LOG_REDACT_PATHS: string[] = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.query.phone',
  'req.body.contact.phone',
  'req.body.objectorPhone',
  'req.body.phone',
  'body.contact.phone',
  'body.objectorPhone',
  'body.phone',
  '*.contactPhone',
  '*.objectorPhone',
];

const PHONE_PARAMETER = /([?&][^=&#]*(?:phone|mobile|tel)[^=&#]*=)([^&#]*)/gi;
// An 11-digit mainland mobile number standing alone anywhere else in the URL.
const MOBILE_NUMBER = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

/** The URL with the value of every phone-like query parameter, and any bare mobile number, masked. */
export function redactUrl(url: string): string {
  return url
    .replace(PHONE_PARAMETER, (_match, name: string, value: string) => `${name}${value === '' ? '' : '[已隐藏]'}`)
    .replace(MOBILE_NUMBER, (number) => maskPhone(number));
}

interface LoggedRequest {
  method: string;
  url: string;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number } | null;
}

/** Fastify's default request serializer, with the URL redacted. */
export const LOG_SERIALIZERS = {
  req(request: LoggedRequest) {
    return { method: request.method, url: redactUrl(request.url), host: request.host, remoteAddress: request.ip, remotePort: request.socket?.remotePort };
  },
};
