import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { organisationsRepository } from '../../db/repositories/organisations.repository';
import { usersRepository } from '../../db/repositories/users.repository';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../db/seed/demo-data';
import { createTestDatabase } from '../../db/testing/create-test-database';
import { isValidCreditCode } from '../../domain/credit-code/credit-code';
import { ROLES } from '../../domain/shared/roles';
import { verifyPassword } from '../auth/passwords';
import { fixedClock } from '../clock';
import { seedDemo, seedInitialSysadmin } from './seed';
import { expertsRepository } from '../../db/repositories/experts.repository';

const clock = fixedClock(new Date('2026-11-28T02:00:00Z'));
let database: Database | undefined;
afterEach(async () => {
  await database?.close();
  database = undefined;
});

describe('start-up seeding', () => {
  it('demo mode: one account per role, 广州 and 深圳 city officers, valid organisations; only once', async () => {
    database = await createTestDatabase();
    expect(await seedDemo(database.db, clock)).toBe(true);
    expect(await seedDemo(database.db, clock)).toBe(false);
    expect(new Set(DEMO_ACCOUNTS.map((a) => a.role))).toEqual(new Set(ROLES));
    const cityCodes = DEMO_ACCOUNTS.filter((a) => a.role === 'city').map((a) => a.cityCode);
    expect(cityCodes).toEqual(['440100', '440300']);
    for (const account of DEMO_ACCOUNTS) {
      const user = await usersRepository.findByUsername(database.db, account.username);
      expect(user, account.username).toBeDefined();
      expect(await verifyPassword(user!.passwordHash, DEMO_PASSWORD)).toBe(true);
    }
    const { items } = await organisationsRepository.list(database.db, { kind: 'all' }, { page: 1, pageSize: 100 });
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.every((o) => isValidCreditCode(o.creditCode))).toBe(true);
    // The demo expert can be drawn: it is in the pool, active, in term, and not in 广州 where the demo applicant is.
    const expertUser = await usersRepository.findByUsername(database.db, 'expert');
    const poolEntry = await expertsRepository.findByUserId(database.db, expertUser!.id);
    expect(poolEntry).toMatchObject({ isActive: true, cityCode: '440300', termStartsOn: '2026-01-01', termEndsOn: '2028-12-31' });
  });

  it('production: only the sysadmin, who must change the password at first login', async () => {
    database = await createTestDatabase();
    const generated = await seedInitialSysadmin(database.db, clock, undefined);
    expect(generated).toMatch(/^Init-/);
    expect(await usersRepository.count(database.db)).toBe(1);
    const admin = await usersRepository.findByUsername(database.db, 'sysadmin');
    expect(admin?.mustChangePassword).toBe(true);
    expect(await verifyPassword(admin!.passwordHash, generated!)).toBe(true);
    const [assignment] = await usersRepository.findAssignments(database.db, admin!.id);
    expect(assignment?.assignment.role).toBe('sysadmin');
    expect(await seedInitialSysadmin(database.db, clock, undefined)).toBeNull();
    expect(await usersRepository.count(database.db)).toBe(1);
  });

  it('production with a configured password does not echo it', async () => {
    database = await createTestDatabase();
    expect(await seedInitialSysadmin(database.db, clock, 'Configured#Pass2026')).toBeNull();
    const admin = await usersRepository.findByUsername(database.db, 'sysadmin');
    expect(await verifyPassword(admin!.passwordHash, 'Configured#Pass2026')).toBe(true);
  });
});
