import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { LOG_REDACT_PATHS, LOG_SERIALIZERS, redactUrl } from './log-redaction';

describe('redactUrl (F7 item 6)', () => {
  it.each([
    ['/api/v1/objections/YY-20261128-ABC123?phone=13812345678', '/api/v1/objections/YY-20261128-ABC123?phone=[已隐藏]'],
    ['/api/x?a=1&mobilePhone=020-12345678&b=2', '/api/x?a=1&mobilePhone=[已隐藏]&b=2'],
    ['/api/x?tel=13812345678#top', '/api/x?tel=[已隐藏]#top'],
    ['/api/x?phone=', '/api/x?phone='],
    ['/api/x/13812345678', '/api/x/138****5678'],
    // Not a mobile number: 12 digits, 10 digits, a leading 12, a credit code.
    ['/api/x/138123456789', '/api/x/138123456789'],
    ['/api/x/1381234567', '/api/x/1381234567'],
    ['/api/x/12812345678', '/api/x/12812345678'],
    ['/api/organisations?q=91440112MA59K0T3N', '/api/organisations?q=91440112MA59K0T3N'],
  ])('%s → %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });
});

describe('request logging with the redaction settings', () => {
  it('logs neither the phone in a query nor the phone fields of a logged body', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const app = Fastify({ logger: { level: 'trace', stream, redact: LOG_REDACT_PATHS, serializers: LOG_SERIALIZERS } });
    app.post('/echo', async (request) => {
      request.log.info({ body: request.body }, 'body received');
      return { ok: true };
    });
    app.get('/status', async () => ({ ok: true }));
    await app.inject({ method: 'GET', url: '/status?phone=13812345678', headers: { cookie: 'sid=secret' } });
    await app.inject({
      method: 'POST',
      url: '/echo',
      payload: { objectorPhone: '13912345678', contact: { name: '张三', phone: '13712345678' }, phone: '13612345678', contactPhone: '13512345678' },
    });
    await app.close();
    const output = lines.join('');
    expect(output).toContain('incoming request');
    expect(output).toContain('body received');
    for (const phone of ['13812345678', '13912345678', '13712345678', '13612345678', '13512345678']) expect(output).not.toContain(phone);
    expect(output).not.toContain('secret');
  });
});
