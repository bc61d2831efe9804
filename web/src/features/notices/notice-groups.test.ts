import { describe, expect, it } from 'vitest';
import { groupNotices } from './notice-groups';

describe('groupNotices', () => {
  const notice = { id: 'a', endsOn: '2025-06-09' };
  it.each([
    ['2025-06-02', 'open'],
    ['2025-06-09', 'open'],
    ['2025-06-10', 'closed'],
    ['2026-01-01', 'closed'],
  ] as const)('on %s the notice ending 2025-06-09 is %s', (today, group) => {
    const groups = groupNotices([notice], today);
    expect(groups[group]).toEqual([notice]);
    expect(groups[group === 'open' ? 'closed' : 'open']).toEqual([]);
  });

  it('keeps the server order within each group', () => {
    const list = [{ endsOn: '2025-06-20' }, { endsOn: '2025-06-01' }, { endsOn: '2025-06-15' }, { endsOn: '2025-05-01' }];
    expect(groupNotices(list, '2025-06-10')).toEqual({ open: [list[0], list[2]], closed: [list[1], list[3]] });
  });
});
