import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { DEMO_DATA_KEY } from './security/security-settings';

const KEY_HEX = 'ab'.repeat(32);

describe('configuration from the environment', () => {
  it('defaults: port 3000, ./data, demo mode on the embedded database', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, mode: 'demo', isSecureCookie: false });
    expect(config.dataDir.endsWith('/data')).toBe(true);
  });

  it('PostgreSQL means production unless demo is asked for', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@localhost/db', SHIFAN_DATA_KEY: KEY_HEX, SHIFAN_DB_ROLE: 'shifan_app' }).mode).toBe('production');
    // F7 item 1: production on PostgreSQL acts as the application role, which cannot change the audit log.
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u@localhost/db', SHIFAN_DATA_KEY: KEY_HEX })).toThrow(/SHIFAN_DB_ROLE/);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@localhost/db', SHIFAN_MODE: 'demo' }).mode).toBe('demo');
  });

  it('refuses an initial admin password that breaks the password rules', () => {
    expect(() => loadConfig({ SHIFAN_INITIAL_ADMIN_PASSWORD: 'alllowercaseletters' })).toThrow(/SHIFAN_INITIAL_ADMIN_PASSWORD/);
    expect(() => loadConfig({ SHIFAN_INITIAL_ADMIN_PASSWORD: 'Sysadmin#2026pw' })).toThrow(/SHIFAN_INITIAL_ADMIN_PASSWORD/);
    expect(loadConfig({ SHIFAN_INITIAL_ADMIN_PASSWORD: 'Strong#Admin2026' }).initialAdminPassword).toBe('Strong#Admin2026');
  });

  it('trusts X-Forwarded-For only when told it is behind a proxy', () => {
    expect(loadConfig({}).isBehindProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).isBehindProxy).toBe(true);
  });

  it('takes an optional public address for printed documents, without its trailing slash', () => {
    expect(loadConfig({}).publicBaseUrl).toBeUndefined();
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://shifan.example.gov.cn/' }).publicBaseUrl).toBe('https://shifan.example.gov.cn');
    expect(() => loadConfig({ PUBLIC_BASE_URL: 'shifan.example.gov.cn' })).toThrow(/PUBLIC_BASE_URL/);
    expect(() => loadConfig({ PUBLIC_BASE_URL: 'https://x.cn/?a=1' })).toThrow(/PUBLIC_BASE_URL/);
  });

  it('refuses a bad port with a message naming it', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
  });

  // ADR 0022: the audit chain's anchors live outside the database, by default next to the stored files.
  it('anchors the audit chain in DATA_DIR/audit-anchors.jsonl unless SHIFAN_AUDIT_ANCHOR_FILE names another file', () => {
    expect(loadConfig({ DATA_DIR: '/srv/shifan' }).auditAnchorFile).toBe('/srv/shifan/audit-anchors.jsonl');
    expect(loadConfig({ SHIFAN_AUDIT_ANCHOR_FILE: '/mnt/audit/anchors.jsonl' }).auditAnchorFile).toBe('/mnt/audit/anchors.jsonl');
    expect(loadConfig({ SHIFAN_AUDIT_ANCHOR_FILE: 'anchors.jsonl' }).auditAnchorFile.endsWith('/anchors.jsonl')).toBe(true);
    expect(() => loadConfig({ SHIFAN_AUDIT_ANCHOR_FILE: '' })).toThrow(/SHIFAN_AUDIT_ANCHOR_FILE/);
  });

  it('reads the demo clock file only outside production', () => {
    expect(loadConfig({ SHIFAN_CLOCK_FILE: 'clock.txt' }).clockFile?.endsWith('/clock.txt')).toBe(true);
    expect(loadConfig({}).clockFile).toBeUndefined();
    expect(() => loadConfig({ SHIFAN_CLOCK_FILE: 'clock.txt', SHIFAN_MODE: 'production', SHIFAN_DATA_KEY: KEY_HEX })).toThrow(/SHIFAN_CLOCK_FILE/);
  });

  // F8: the generated demo programme is on by default in demo mode, off when asked, never in production.
  it.each([
    [{}, true],
    [{ SHIFAN_DEMO_PROGRAMME: 'on' }, true],
    [{ SHIFAN_DEMO_PROGRAMME: 'off' }, false],
    [{ SHIFAN_MODE: 'production', SHIFAN_DATA_KEY: KEY_HEX }, false],
    [{ SHIFAN_MODE: 'production', SHIFAN_DATA_KEY: KEY_HEX, SHIFAN_DEMO_PROGRAMME: 'off' }, false],
  ])('seeds the demo programme for %j: %s', (env, isSeeded) => {
    expect(loadConfig(env).isDemoProgrammeSeeded).toBe(isSeeded);
  });

  it('refuses SHIFAN_DEMO_PROGRAMME=on in production and values other than on/off', () => {
    expect(() => loadConfig({ SHIFAN_MODE: 'production', SHIFAN_DATA_KEY: KEY_HEX, SHIFAN_DEMO_PROGRAMME: 'on' })).toThrow(/SHIFAN_DEMO_PROGRAMME/);
    expect(() => loadConfig({ SHIFAN_DEMO_PROGRAMME: 'yes' })).toThrow(/SHIFAN_DEMO_PROGRAMME/);
  });

  // F7 items 3 and 6: production brings its own data key and never turns the second factor off.
  it('production needs SHIFAN_DATA_KEY (hex or base64 of 32 bytes) and always asks for a second factor', () => {
    expect(() => loadConfig({ SHIFAN_MODE: 'production' })).toThrow(/SHIFAN_DATA_KEY/);
    expect(() => loadConfig({ SHIFAN_DATA_KEY: 'ab'.repeat(31) })).toThrow(/SHIFAN_DATA_KEY/);
    expect(() => loadConfig({ SHIFAN_DATA_KEY: Buffer.alloc(31, 7).toString('base64') })).toThrow(/SHIFAN_DATA_KEY/);
    const production = loadConfig({ SHIFAN_MODE: 'production', SHIFAN_DATA_KEY: Buffer.alloc(32, 7).toString('base64') });
    expect(production.security).toEqual({ dataKey: Buffer.alloc(32, 7), isSecondFactorRequired: true, isPasswordExpiryEnforced: true });
    expect(() => loadConfig({ SHIFAN_MODE: 'production', SHIFAN_DATA_KEY: KEY_HEX, SHIFAN_PASSWORD_EXPIRY: 'off' })).toThrow(/SHIFAN_PASSWORD_EXPIRY/);
    expect(loadConfig({ SHIFAN_MODE: 'production', SHIFAN_DATA_KEY: KEY_HEX }).security.dataKey).toEqual(Buffer.from(KEY_HEX, 'hex'));
    expect(() => loadConfig({ SHIFAN_MODE: 'production', SHIFAN_DATA_KEY: KEY_HEX, SHIFAN_SECOND_FACTOR: 'off' })).toThrow(/SHIFAN_SECOND_FACTOR/);
  });

  it('demo mode uses the demo key and skips the second factor and password expiry unless asked', () => {
    expect(loadConfig({}).security).toEqual({ dataKey: DEMO_DATA_KEY, isSecondFactorRequired: false, isPasswordExpiryEnforced: false });
    expect(loadConfig({ SHIFAN_SECOND_FACTOR: 'on' }).security.isSecondFactorRequired).toBe(true);
    expect(loadConfig({ SHIFAN_PASSWORD_EXPIRY: 'on' }).security.isPasswordExpiryEnforced).toBe(true);
  });
});
