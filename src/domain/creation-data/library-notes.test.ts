import { describe, expect, it } from 'vitest';
import { libraryNotes, type LibrarySnapshot } from './library-notes';

const snap = (library: LibrarySnapshot['library'], asOf: string, count: number, hasPolicyPush: boolean | null = null): LibrarySnapshot => ({ library, asOf, count, hasPolicyPush });

describe('library notes for the experts', () => {
  it('compare each library with its size at the start of the period, as of the window', () => {
    const notes = libraryNotes(
      [
        snap('sme', '2025-12-31', 1000),
        snap('sme', '2026-06-30', 1030),
        snap('sme', '2027-06-30', 1050),
        snap('sme', '2027-12-31', 2000),
        snap('organisation', '2026-02-01', 200),
        snap('product', '2026-02-01', 50),
        snap('product', '2026-12-01', 45),
        snap('policy', '2026-02-01', 10, true),
        snap('policy', '2026-09-01', 12, false),
      ],
      '2026-01-05',
      '2027-06-30',
    );
    expect(notes).toEqual([
      '中小企业库：1000条（2025-12-31）→ 1050条（2027-06-30），增长5%',
      '法律政策库：10条（2026-02-01）→ 12条（2026-09-01），增长20%',
      '服务机构库：200条（2026-02-01）',
      '服务产品案例库：50条（2026-02-01）→ 45条（2026-12-01），减少10%',
      '政策推送：不具备（2026-09-01报送）',
    ]);
  });

  it('say when nothing was reported', () => {
    expect(libraryNotes([], '2026-01-05', '2026-12-31')).toEqual(['中小企业库：未报送数据量', '法律政策库：未报送数据量', '服务机构库：未报送数据量', '服务产品案例库：未报送数据量', '政策推送：未报送']);
  });
});
