import { describe, expect, it } from 'vitest';
import { permissionMatrix } from '../accounts/permission-matrix';
import { ACTION_LABELS, REACH_LABELS } from './action-labels';
import { ACTIONS, PERMISSIONS } from './policy';

describe('action labels', () => {
  it.each(ACTIONS.map((a) => [a]))('%s has a Chinese label', (action) => {
    expect(ACTION_LABELS[action]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('labels no action that the policy does not have', () => {
    expect(Object.keys(ACTION_LABELS).sort()).toEqual([...ACTIONS].sort());
  });

  it('labels every reach', () => {
    expect(Object.keys(REACH_LABELS).sort()).toEqual(['all', 'ownCity', 'ownOrganisation', 'self']);
  });
});

describe('permission matrix', () => {
  it('shows exactly the policy: one row per action, a cell per role the action allows', () => {
    const matrix = permissionMatrix();
    expect(matrix.rows.map((r) => r.action)).toEqual([...ACTIONS]);
    for (const row of matrix.rows) {
      expect(Object.fromEntries(Object.entries(row.reach).map(([role, cell]) => [role, cell.reach]))).toEqual(PERMISSIONS[row.action]);
    }
  });

  it('gives each administrator exactly its one action', () => {
    const rows = permissionMatrix().rows;
    const actionsOf = (role: 'sysadmin' | 'secadmin' | 'auditadmin') => rows.filter((r) => r.reach[role] && r.reach[role].reach === 'all').map((r) => r.action);
    expect(actionsOf('sysadmin')).toEqual(['account.manage']);
    expect(actionsOf('secadmin')).toEqual(['role.manage']);
    expect(actionsOf('auditadmin')).toEqual(['audit.read']);
  });
});
