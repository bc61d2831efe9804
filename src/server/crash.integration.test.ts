// F7 item 7: the real server is killed with SIGKILL in the middle of concurrent registrations and material uploads,
// started again on the same data, and every write it acknowledged (2xx) must be there and whole: each registration
// with both its organisation and its account, each uploaded material with its file row and bytes on disk whose
// SHA-256 matches, no file row without its bytes; and the audit hash chain intact (等保2.0 三级 8.1.4.9 数据完整性;
// ASVS V13 / V5). Runs on PGlite (the data folder) and, with TEST_DATABASE_URL, on PostgreSQL.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/client';
import { applicationMaterialsRepository } from '../db/repositories/application-materials.repository';
import { organisationsRepository } from '../db/repositories/organisations.repository';
import { usersRepository } from '../db/repositories/users.repository';
import { createPublishedCall } from '../db/testing/application-builders';
import { createOrganisation, createUser } from '../db/testing/builders';
import { createScratchDatabase } from '../db/testing/scratch-postgres';
import { MATERIAL_KINDS } from '../domain/applications/application-content';
import { creditCodeCheckCharacter } from '../domain/credit-code/credit-code';
import { verifyAuditChain } from './audit/verify-audit-chain';
import { hashPassword } from './auth/passwords';
import { fixedClock } from './clock';
import { seedDemo } from './startup/seed';
import { startServerProcess } from './testing/server-process';
import { readContent } from './storage/file-storage';

const NOW = new Date('2026-11-28T02:00:00Z');
const PASSWORD = 'Crash#Test2026';
const APPLICANTS = 4;
/** Load runs at least this long, then until enough writes are acknowledged (a busy 2-core box is slow), at most MAX_LOAD_MS. */
const LOAD_MS = 1_500;
const MAX_LOAD_MS = 15_000;
const ACKNOWLEDGED_BEFORE_KILL = 8;
const CSRF = { 'x-requested-with': 'shifan' };

interface Upload {
  applicationId: string;
  sha256: string;
  materialId?: string;
}
interface Registration {
  creditCode: string;
  username: string;
  isAcknowledged: boolean;
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A database on disk the server can reopen: a PGlite folder under DATA_DIR, or a scratch PostgreSQL database. */
async function scratchDatabase(dataDir: string): Promise<{ url?: string; open(): Promise<Database> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) return { open: () => openDatabase({ pgliteDir: path.join(dataDir, 'pglite') }) };
  const scratch = await createScratchDatabase(adminUrl, 'shifan_crash');
  cleanups.push(() => scratch.drop());
  return { url: scratch.url, open: () => openDatabase({ databaseUrl: scratch.url }) };
}

async function seed(database: Database): Promise<{ applicants: string[]; callId: string }> {
  await database.migrate();
  await seedDemo(database.db, fixedClock(NOW));
  const province = await usersRepository.findByUsername(database.db, 'province');
  const call = await createPublishedCall(database.db, province!.id, { year: 2031, opensOn: '2026-11-01', closesOn: '2026-11-30', cityReviewDeadline: '2026-12-15' });
  const passwordHash = await hashPassword(PASSWORD);
  const applicants: string[] = [];
  for (let i = 0; i < APPLICANTS; i += 1) {
    const organisation = await createOrganisation(database.db, { cityCode: '440100' });
    const { user } = await createUser(database.db, { role: 'applicant', passwordHash, organisationId: organisation.id, username: `crash${i}${randomBytes(3).toString('hex')}` });
    applicants.push(user.username);
  }
  return { applicants, callId: call.id };
}

function registrationBody(index: number): { body: object; creditCode: string; username: string } {
  const base = `91440101MA${randomBytes(4).toString('hex').toUpperCase().replace(/[^0-9A-H]/g, '1').slice(0, 6)}${index % 10}`;
  const creditCode = base + creditCodeCheckCharacter(base);
  const username = `reg${index}x${randomBytes(3).toString('hex')}`;
  return {
    creditCode,
    username,
    body: {
      organisation: { creditCode, name: `崩溃测试单位${index}`, operatorKind: 'government', isBranch: false, cityCode: '440100', countyCode: '440106', establishedOn: '2020-01-01' },
      contact: { name: '测试联系人', phone: '13800138000' },
      account: { username, password: PASSWORD },
    },
  };
}

function materialBody(kind: string, bytes: Buffer) {
  const boundary = `crash${randomBytes(6).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${kind}.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

async function logIn(baseUrl: string, username: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { ...CSRF, 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
  if (response.status !== 200) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

/** Every content file under DATA_DIR/files (not the incoming/ temporaries), by name = SHA-256. */
function storedHashes(dataDir: string): { hashes: Set<string>; incoming: number } {
  const root = path.join(dataDir, 'files');
  const hashes = new Set<string>();
  let incoming = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (full.includes(`${path.sep}incoming${path.sep}`)) incoming += 1;
      else hashes.add(entry.name);
    }
  };
  try {
    walk(root);
  } catch {
    // No upload reached the disk at all.
  }
  return { hashes, incoming };
}

describe(`crash during concurrent writes (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('loses no acknowledged registration or upload, and leaves nothing half-written', { timeout: 180_000 }, async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'shifan-crash-'));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const clockFile = path.join(dataDir, 'clock.txt');
    writeFileSync(clockFile, NOW.toISOString());
    const database = await scratchDatabase(dataDir);
    const seeding = await database.open();
    const { applicants, callId } = await seed(seeding);
    await seeding.close();

    const server = await startServerProcess({ dataDir, clockFile, databaseUrl: database.url });
    cleanups.push(() => server.stop());
    const sessions = await Promise.all(applicants.map((username) => logIn(server.baseUrl, username)));
    const applicationIds: string[] = [];
    for (const cookie of sessions) {
      const created = await fetch(`${server.baseUrl}/api/applications`, { method: 'POST', headers: { ...CSRF, cookie, 'content-type': 'application/json' }, body: JSON.stringify({ callId }) });
      expect(created.status, await created.clone().text()).toBe(201);
      applicationIds.push(((await created.json()) as { id: string }).id);
    }

    const uploads: Upload[] = [];
    const registrations: Registration[] = [];
    let isLoading = true;
    const uploader = async (worker: number) => {
      for (let i = 0; isLoading; i += 1) {
        const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n'), Buffer.from(`% ${worker}-${i}-${randomBytes(8).toString('hex')}\n`), randomBytes(64 * 1024), Buffer.from('\ntrailer<</Root 1 0 R>>\n%%EOF\n')]);
        const applicationIndex = worker % applicationIds.length;
        const upload: Upload = { applicationId: applicationIds[applicationIndex]!, sha256: createHash('sha256').update(bytes).digest('hex') };
        uploads.push(upload);
        const kind = MATERIAL_KINDS[i % MATERIAL_KINDS.length]!;
        const body = materialBody(kind, bytes);
        const response = await fetch(`${server.baseUrl}/api/applications/${upload.applicationId}/materials`, {
          method: 'POST',
          headers: { ...CSRF, cookie: sessions[applicationIndex]!, 'content-type': body.contentType },
          body: body.payload,
        }).catch(() => null);
        if (response?.status === 201) upload.materialId = ((await response.json()) as { id: string }).id;
      }
    };
    const registrar = async (worker: number) => {
      for (let i = 0; isLoading; i += 1) {
        const { body, creditCode, username } = registrationBody(worker * 1000 + i);
        const registration: Registration = { creditCode, username, isAcknowledged: false };
        registrations.push(registration);
        const response = await fetch(`${server.baseUrl}/api/registrations`, { method: 'POST', headers: { ...CSRF, 'content-type': 'application/json' }, body: JSON.stringify(body) }).catch(() => null);
        registration.isAcknowledged = response?.status === 201;
      }
    };
    const load = [...Array.from({ length: 6 }, (_, w) => uploader(w)), ...Array.from({ length: 3 }, (_, w) => registrar(w))];
    const started = Date.now();
    const acknowledgedCount = () => uploads.filter((u) => u.materialId).length + registrations.filter((r) => r.isAcknowledged).length;
    while (Date.now() - started < LOAD_MS || (acknowledgedCount() < ACKNOWLEDGED_BEFORE_KILL && Date.now() - started < MAX_LOAD_MS)) {
      await new Promise((r) => setTimeout(r, 100));
    }
    await server.kill();
    isLoading = false;
    await Promise.all(load);

    const acknowledgedUploads = uploads.filter((u) => u.materialId);
    const acknowledgedRegistrations = registrations.filter((r) => r.isAcknowledged);
    console.info(`crash: ${acknowledgedUploads.length}/${uploads.length} uploads and ${acknowledgedRegistrations.length}/${registrations.length} registrations acknowledged before SIGKILL`);
    expect(acknowledgedUploads.length + acknowledgedRegistrations.length, 'some writes were acknowledged before the kill').toBeGreaterThan(0);

    // The server comes back on the crashed data and answers; a registered account can log in.
    const restarted = await startServerProcess({ dataDir, clockFile, databaseUrl: database.url });
    if (acknowledgedRegistrations[0]) await logIn(restarted.baseUrl, acknowledgedRegistrations[0].username);
    await restarted.stop();

    const after = await database.open();
    cleanups.push(() => after.close());
    for (const registration of registrations) {
      const organisation = await organisationsRepository.findByCreditCode(after.db, registration.creditCode);
      const user = await usersRepository.findByUsername(after.db, registration.username);
      // All or nothing for every attempt; present for every acknowledged one.
      expect(Boolean(organisation), `registration ${registration.username}: organisation and account together`).toBe(Boolean(user));
      if (registration.isAcknowledged) expect(user, `acknowledged registration ${registration.username}`).toBeDefined();
    }
    const referenced = new Set<string>();
    for (const applicationId of applicationIds) {
      for (const { material, file } of await applicationMaterialsRepository.listActive(after.db, applicationId)) {
        referenced.add(file.sha256);
        // No file row without its bytes, and the bytes still hash to the name (readContent checks).
        await expect(readContent(dataDir, file.sha256), `material ${material.id}`).resolves.toBeInstanceOf(Buffer);
      }
      const listed = new Map((await applicationMaterialsRepository.listActive(after.db, applicationId)).map(({ material, file }) => [material.id, file.sha256]));
      for (const upload of acknowledgedUploads.filter((u) => u.applicationId === applicationId)) {
        expect(listed.get(upload.materialId!), `acknowledged upload ${upload.materialId}`).toBe(upload.sha256);
        expect(createHash('sha256').update(readFileSync(path.join(dataDir, 'files', upload.sha256.slice(0, 2), upload.sha256.slice(2, 4), upload.sha256))).digest('hex')).toBe(upload.sha256);
      }
    }
    const stored = storedHashes(dataDir);
    const orphans = [...stored.hashes].filter((hash) => !referenced.has(hash)).length;
    console.info(`crash: ${referenced.size} stored materials referenced, ${orphans} orphan content files and ${stored.incoming} incoming temporaries left on disk (allowed)`);
    const verdict = await verifyAuditChain(after.db);
    expect(verdict, 'audit chain after the crash').toMatchObject({ isIntact: true });
  });
});
