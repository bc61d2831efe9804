// Start-up seeding. Demo mode: one account per role, a few organisations, the demo expert's place in the expert
// pool and a registry (信息数据库) of generated legacy and MIIT entries (ADR 0017), on an empty database only; with
// SHIFAN_DEMO_PROGRAMME (default on) also a generated 2024/2025 programme for the 统计看板 (F8).
// Production: only an initial sysadmin, whose password must be changed at first login (F1 item 7).
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client';
import { organisationsRepository } from '../../db/repositories/organisations.repository';
import { usersRepository } from '../../db/repositories/users.repository';
import { DEMO_ACCOUNTS, DEMO_EXPERT_POOL_ENTRY, DEMO_ORGANISATIONS, DEMO_PASSWORD } from '../../db/seed/demo-data';
import { seedDemoProgramme } from '../../db/seed/demo-programme';
import { seedDemoRegistry } from '../../db/seed/demo-registry';
import { expertsRepository } from '../../db/repositories/experts.repository';
import { creditCodeCheckCharacter } from '../../domain/credit-code/credit-code';
import { hashPassword } from '../auth/passwords';
import type { Clock } from '../clock';
import { sealPhone } from '../security/personal-phone';
import { DEMO_DATA_KEY } from '../security/security-settings';
import { appendAudit } from '../use-cases/context';

const SYSTEM_CONTEXT = { requestId: 'startup-seed', ip: '127.0.0.1', userAgent: null, actor: null, sessionTokenHash: null };

export interface DemoSeedOptions {
  /** F8: a generated 2024/2025 programme (demo-programme.ts) so the 统计看板 show figures; journeys and tests go without. */
  withProgramme?: boolean;
}

/** dataKey: the configured SHIFAN_DATA_KEY when demo mode is given one, the demo key otherwise. */
export async function seedDemo(db: Db, clock: Clock, dataKey: Buffer = DEMO_DATA_KEY, options: DemoSeedOptions = {}): Promise<boolean> {
  if ((await usersRepository.count(db)) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const organisationIds = new Map<string, string>();
    for (const { key, creditCodeBase, contactPhone, ...organisation } of DEMO_ORGANISATIONS) {
      const creditCode = creditCodeBase + creditCodeCheckCharacter(creditCodeBase);
      // F7 item 6: demo phones are sealed like real ones, so the demo database shows what production stores.
      const row = await organisationsRepository.insert(tx, { ...organisation, contactPhone: sealPhone(dataKey, contactPhone), creditCode, isBranch: false });
      if (!row) throw new Error(`demo organisation ${key} already exists`);
      organisationIds.set(key, row.id);
    }
    for (const account of DEMO_ACCOUNTS) {
      const user = await usersRepository.insert(tx, { username: account.username, displayName: account.displayName, passwordHash, passwordChangedAt: clock.now() });
      if (!user) throw new Error(`demo user ${account.username} already exists`);
      const organisationId = account.organisationKey ? organisationIds.get(account.organisationKey) : undefined;
      await usersRepository.insertAssignment(tx, { userId: user.id, role: account.role, cityCode: account.cityCode ?? null, organisationId: organisationId ?? null });
    }
    const { username, ...poolEntry } = DEMO_EXPERT_POOL_ENTRY;
    const expertUser = await usersRepository.findByUsername(tx, username);
    if (expertUser) await expertsRepository.insert(tx, { ...poolEntry, userId: expertUser.id, employerCreditCode: null });
    // Registry rows only, no applications: the workspaces and journeys see nothing of them (ADR 0017).
    await seedDemoRegistry(tx, clock);
    if (options.withProgramme) {
      // The demo province officer published the calls, as in the running system.
      const province = await usersRepository.findByUsername(tx, 'province');
      if (!province) throw new Error('demo user province is missing');
      await seedDemoProgramme(tx, { createdBy: province.id, sealPhone: (phone) => sealPhone(dataKey, phone) });
    }
    await appendAudit(tx, { clock }, SYSTEM_CONTEXT, { action: 'system.demo_seeded', objectType: 'system', objectId: null, actor: null });
  });
  return true;
}

// F7 item 2 (三员分立): production starts with the three administrators, so that the security administrator can grant
// the first officers' roles to the accounts the system administrator creates. Each must change its password first.
const INITIAL_ADMINISTRATORS = [
  { username: 'sysadmin', displayName: '系统管理员', role: 'sysadmin' },
  { username: 'secadmin', displayName: '安全保密管理员', role: 'secadmin' },
  { username: 'auditadmin', displayName: '安全审计员', role: 'auditadmin' },
] as const;

const generatedPassword = () => `Init-${randomBytes(12).toString('base64url')}1a`;

/**
 * On an empty database: the three administrators. Returns the passwords generated (printed once to the operator's
 * console); the sysadmin's is SHIFAN_INITIAL_ADMIN_PASSWORD when configured, and then not echoed.
 */
export async function seedInitialAdministrators(
  db: Db,
  clock: Clock,
  configuredSysadminPassword: string | undefined,
): Promise<{ username: string; password: string }[]> {
  if ((await usersRepository.count(db)) > 0) return [];
  const accounts = await Promise.all(
    INITIAL_ADMINISTRATORS.map(async (admin) => {
      const isConfigured = admin.role === 'sysadmin' && configuredSysadminPassword !== undefined;
      const password = isConfigured ? configuredSysadminPassword : generatedPassword();
      return { ...admin, password, isConfigured, passwordHash: await hashPassword(password) };
    }),
  );
  await db.transaction(async (tx) => {
    for (const admin of accounts) {
      const user = await usersRepository.insert(tx, { username: admin.username, displayName: admin.displayName, passwordHash: admin.passwordHash, mustChangePassword: true, passwordChangedAt: clock.now() });
      if (!user) throw new Error(`initial ${admin.username} already exists`);
      await usersRepository.insertAssignment(tx, { userId: user.id, role: admin.role });
      await appendAudit(tx, { clock }, SYSTEM_CONTEXT, { action: 'system.initial_admin_created', objectType: 'user', objectId: user.id, actor: null });
    }
  });
  return accounts.filter((admin) => !admin.isConfigured).map(({ username, password }) => ({ username, password }));
}
