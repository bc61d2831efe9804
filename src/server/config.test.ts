import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('configuration from the environment', () => {
  it('defaults: port 3000, ./data, demo mode on the embedded database', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, mode: 'demo', isSecureCookie: false });
    expect(config.dataDir.endsWith('/data')).toBe(true);
  });

  it('PostgreSQL means production unless demo is asked for', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@localhost/db' }).mode).toBe('production');
    expect(loadConfig({ DATABASE_URL: 'postgres://u@localhost/db', SHIFAN_MODE: 'demo' }).mode).toBe('demo');
  });

  it('refuses a bad port with a message naming it', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
  });
});
