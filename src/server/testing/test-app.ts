// One API under test: a fresh database from the real migrations, the real app, a clock the test controls.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Database } from '../../db/client';
import { createOrganisation, createUser, type CreateUserOptions } from '../../db/testing/builders';
import { createTestDatabase } from '../../db/testing/create-test-database';
import type { Role } from '../../domain/shared/roles';
import { createApp, type RegisteredRoute } from '../app';
import { hashPassword } from '../auth/passwords';
import { SESSION_COOKIE } from '../auth/session-token';
import { fixedClock } from '../clock';
import type { SecuritySettings } from '../security/security-settings';
import type { Deps } from '../use-cases/context';

export const TEST_PASSWORD = 'Test#Password2026';
/** Tests seal personal data with their own key; a test of the second factor turns it on (createTestApp's options). */
export const TEST_SECURITY: SecuritySettings = { dataKey: Buffer.alloc(32, 0x5a), isSecondFactorRequired: false, isPasswordExpiryEnforced: true };
let testPasswordHash: Promise<string> | undefined;

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  deps: Deps;
  clock: ReturnType<typeof fixedClock>;
  routes: RegisteredRoute[];
  close(): Promise<void>;
  /** Creates a user in the role (with a fresh organisation for applicants) and returns a session cookie. */
  signIn(role: Role, overrides?: Partial<CreateUserOptions>): Promise<SignedIn>;
}

export interface SignedIn {
  cookie: string;
  userId: string;
  username: string;
  organisationId: string | null;
  cityCode: string | null;
}

export const JSON_HEADERS = { 'content-type': 'application/json', 'x-requested-with': 'shifan' };

export async function createTestApp(now = new Date('2026-11-28T02:00:00Z'), options: { security?: Partial<SecuritySettings> } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'shifan-test-'));
  const clock = fixedClock(now);
  const deps: Deps = { db: database.db, clock, dataDir, security: { ...TEST_SECURITY, ...options.security } };
  const routes: RegisteredRoute[] = [];
  // The registry cache reads the version on every request, so a test sees its own writes at once.
  const app = await createApp({ deps, databaseKind: database.kind, onRoute: (r) => routes.push(r), registryVersionCheckMs: 0 });
  await app.ready();

  async function signIn(role: Role, overrides: Partial<CreateUserOptions> = {}): Promise<SignedIn> {
    testPasswordHash ??= hashPassword(TEST_PASSWORD);
    const cityCode = role === 'city' ? (overrides.cityCode ?? '440100') : (overrides.cityCode ?? null);
    const organisationId =
      role === 'applicant' ? (overrides.organisationId ?? (await createOrganisation(database.db)).id) : (overrides.organisationId ?? null);
    // The password is as old as the test's clock says (F7 item 3: 90-day expiry is enforced in tests).
    const { user } = await createUser(database.db, { role, passwordHash: await testPasswordHash, passwordChangedAt: clock.now(), ...overrides, cityCode, organisationId });
    const response = await app.inject({ method: 'POST', url: '/api/auth/login', headers: JSON_HEADERS, payload: { username: user.username, password: TEST_PASSWORD } });
    if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
    return { cookie: sessionCookieOf(response), userId: user.id, username: user.username, organisationId, cityCode };
  }

  return {
    app,
    database,
    deps,
    clock,
    routes,
    signIn,
    async close() {
      await app.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error('no session cookie in response');
  return `${SESSION_COOKIE}=${cookie.value}`;
}
