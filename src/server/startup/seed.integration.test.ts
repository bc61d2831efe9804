import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { organisationsRepository } from '../../db/repositories/organisations.repository';
import { usersRepository } from '../../db/repositories/users.repository';
import { DEMO_ACCOUNTS, DEMO_ORGANISATIONS, DEMO_PASSWORD } from '../../db/seed/demo-data';
import { createTestDatabase } from '../../db/testing/create-test-database';
import { creditCodeCheckCharacter, isValidCreditCode } from '../../domain/credit-code/credit-code';
import { ROLES } from '../../domain/shared/roles';
import { verifyPassword } from '../auth/passwords';
import { fixedClock } from '../clock';
import { seedDemo, seedInitialAdministrators } from './seed';
import { expertsRepository } from '../../db/repositories/experts.repository';
import { registryReadRepository } from '../../db/repositories/registry-read.repository';
import { registryWriteRepository } from '../../db/repositories/registry-write.repository';
import { isChildOfCity } from '../../domain/divisions/divisions';
import { REGISTRY_STATUSES } from '../../domain/registry/filters';

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

  it('demo mode: a registry of about 70 legacy and MIIT entries with their public history, none of them an application', async () => {
    database = await createTestDatabase();
    await seedDemo(database.db, clock);
    const entries = await registryReadRepository.listAll(database.db, { status: 'all' });
    expect(entries).toHaveLength(70);
    expect(new Set(entries.map((e) => e.status))).toEqual(new Set(REGISTRY_STATUSES));
    expect(new Set(entries.map((e) => `${e.carrier}/${e.platformKind}`))).toEqual(new Set(['platform/comprehensive', 'platform/professional', 'platform/null', 'base/null']));
    // ADR 0017: legacy rows (the province's list before the system) and MIIT-only national rows; no programme rows.
    expect(entries.every((e) => e.applicationId === null && (e.source === 'legacy' || e.source === 'miit'))).toBe(true);
    const national = entries.filter((e) => e.isNational);
    expect(national.length).toBeGreaterThanOrEqual(5);
    expect(national.length).toBeLessThanOrEqual(12);
    const nationalOnly = entries.filter((e) => e.source === 'miit');
    expect(nationalOnly.length).toBeGreaterThanOrEqual(2);
    expect(nationalOnly.every((e) => e.isNational && !e.isProvincial && e.certificateNumber === null)).toBe(true);
    expect(national.some((e) => e.isProvincial)).toBe(true);
    // Every city shows, 东莞 and 中山 with their towns' 9-digit codes; every county belongs to its city.
    expect(new Set(entries.map((e) => e.cityCode)).size).toBe(21);
    expect(entries.every((e) => isChildOfCity(e.cityCode, e.countyCode))).toBe(true);
    expect(entries.filter((e) => e.cityCode === '441900' || e.cityCode === '442000').every((e) => e.countyCode.length === 9)).toBe(true);
    // Fictional operators with valid codes, never one of the five demo organisations (the programme's own).
    const demoCodes = DEMO_ORGANISATIONS.map((o) => o.creditCodeBase + creditCodeCheckCharacter(o.creditCodeBase));
    expect(entries.every((e) => isValidCreditCode(e.operatorCreditCode!) && !demoCodes.includes(e.operatorCreditCode!))).toBe(true);
    expect(entries.some((e) => DEMO_ORGANISATIONS.some((o) => o.name === e.operatorName))).toBe(false);
    const numbers = entries.flatMap((e) => (e.certificateNumber ? [e.certificateNumber] : []));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.every((n) => /^粤中小示范(平台|基地)〔20(1[5-9]|2[0-5])〕\d{3}号$/.test(n))).toBe(true);
    expect(entries.every((e) => e.batchYear !== null && e.batchYear >= 2015 && e.batchYear <= 2025)).toBe(true);
    expect(entries.some((e) => e.formerNames.length > 0 && e.searchText.includes(e.formerNames[0]!.name))).toBe(true);
    expect(entries.some((e) => e.publicPhone !== null) && entries.some((e) => e.website !== null)).toBe(true);
    // A revoked entry says why, in the words published with the act (Arts. 10–12).
    for (const entry of entries.filter((e) => e.status === 'revoked')) {
      const history = await registryReadRepository.listHistory(database.db, entry.id);
      expect(history.find((h) => h.kind === 'certification_revoked')?.publicReason, entry.name).toBeTruthy();
    }
    for (const entry of entries) expect((await registryReadRepository.listHistory(database.db, entry.id)).length, entry.name).toBeGreaterThan(0);
    expect(await registryWriteRepository.readVersion(database.db)).toBeGreaterThan(0);
  });

  it('production: only the three administrators (三员分立), each of whom must change the password at first login', async () => {
    database = await createTestDatabase();
    const generated = await seedInitialAdministrators(database.db, clock, undefined);
    expect(generated.map((g) => g.username)).toEqual(['sysadmin', 'secadmin', 'auditadmin']);
    expect(await usersRepository.count(database.db)).toBe(3);
    for (const { username, password } of generated) {
      expect(password).toMatch(/^Init-/);
      const admin = await usersRepository.findByUsername(database.db, username);
      expect(admin?.mustChangePassword).toBe(true);
      expect(await verifyPassword(admin!.passwordHash, password)).toBe(true);
      const assignments = await usersRepository.findAssignments(database.db, admin!.id);
      expect(assignments.map((a) => a.assignment.role)).toEqual([username]);
    }
    expect(await seedInitialAdministrators(database.db, clock, undefined)).toEqual([]);
    expect(await usersRepository.count(database.db)).toBe(3);
    // No demo registry in production: the province imports its real list.
    expect(await registryReadRepository.listAll(database.db, { status: 'all' })).toEqual([]);
  });

  it('production with a configured password does not echo it', async () => {
    database = await createTestDatabase();
    expect((await seedInitialAdministrators(database.db, clock, 'Configured#Pass2026')).map((g) => g.username)).toEqual(['secadmin', 'auditadmin']);
    const admin = await usersRepository.findByUsername(database.db, 'sysadmin');
    expect(await verifyPassword(admin!.passwordHash, 'Configured#Pass2026')).toBe(true);
  });
});
