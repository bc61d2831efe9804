// SHIFAN_DB_ROLE (F7 item 1, ADR 0018) becomes a startup parameter of every connection, so only a plain role name
// is accepted: no quoting, no spaces, at most PostgreSQL's 63 characters.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';

describe('SHIFAN_DB_ROLE', () => {
  it('is absent unless set', () => {
    expect(loadConfig({}).dbRole).toBeUndefined();
  });

  it.each([
    ['shifan_app', true],
    ['_app2', true],
    [`a${'b'.repeat(62)}`, true],
    [`a${'b'.repeat(63)}`, false],
    ['Shifan_app', false],
    ['2app', false],
    ['app -c role=postgres', false],
    ['', false],
  ])('%j accepted: %s', (role, isAccepted) => {
    if (isAccepted) expect(loadConfig({ SHIFAN_DB_ROLE: role }).dbRole).toBe(role);
    else expect(() => loadConfig({ SHIFAN_DB_ROLE: role })).toThrow(/SHIFAN_DB_ROLE: 须为小写字母、数字或下划线组成的数据库角色名/);
  });
});
