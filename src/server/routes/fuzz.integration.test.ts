// F7 item 7: every route × every principal that reaches it gets inputs derived from its zod contract, valid and
// mutated (plus raw and broken multipart bodies); none may answer 500, and every refusal carries the error
// envelope {code, message, issues} (ASVS V5.1 input validation, V7.4 error handling; 等保2.0 三级 8.1.4.9).
// Replay or go deeper: FUZZ_SEED=<printed seed> FUZZ_RUNS=50 npx vitest run src/server/routes/fuzz.integration.test.ts
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../domain/shared/roles';
import { mutatedRequest, validRequest, type FuzzRequest } from '../testing/fuzz/fuzz-requests';
import { ROUTE_INPUTS } from '../testing/fuzz/route-inputs';
import { createTestApp, type TestApp } from '../testing/test-app';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_129);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1);
const ROLES_TRIED: Role[] = ['province', 'city', 'applicant', 'expert', 'auditor', 'sysadmin', 'secadmin', 'auditadmin'];
// These end or change a session or an account, so they run last and cannot starve the other routes of a login.
const isSessionEnding = (key: string) => /^POST \/api\/(auth\/(password|logout|second-factor)|admin\/accounts\/)/.test(key);

interface Principal {
  name: string;
  cookie?: string;
}

let t: TestApp;
let principals: Principal[];
let knownIds: string[];
beforeAll(async () => {
  console.info(`fuzz: FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}`);
  t = await createTestApp();
  principals = [{ name: 'anonymous' }];
  knownIds = [];
  for (const role of ROLES_TRIED) {
    const signedIn = await t.signIn(role);
    principals.push({ name: role, cookie: signedIn.cookie });
    // Organisation ids only: a generated user id would let an administrator route disable a principal mid-run.
    if (signedIn.organisationId) knownIds.push(signedIn.organisationId);
  }
});
afterAll(async () => t.close());

const keyOf = (route: { method: string; url: string }) => `${route.method} ${route.url}`;

async function send(method: string, principal: Principal, request: FuzzRequest): Promise<number> {
  const body = method === 'GET' ? undefined : request.body;
  const response = await t.app.inject({
    method: method as 'GET',
    url: request.path,
    headers: { 'x-requested-with': 'shifan', ...(principal.cookie ? { cookie: principal.cookie } : {}), ...(body ? { 'content-type': body.contentType } : {}) },
    ...(body ? { payload: body.payload } : {}),
  });
  const where = `${method} ${request.path.slice(0, 300)} as ${principal.name} (${request.label}, FUZZ_SEED=${SEED})`;
  if (response.statusCode >= 500) {
    const sent = body ? String(body.payload).slice(0, 500) : '';
    throw new Error(`${where} → ${response.statusCode} ${response.body.slice(0, 300)}\nbody (${body?.contentType}): ${sent}`);
  }
  if (response.statusCode >= 400) {
    const envelope = JSON.parse(response.body) as Record<string, unknown>;
    expect(envelope, where).toMatchObject({ code: expect.any(String), message: expect.any(String), issues: expect.any(Array) });
    expect(response.body, where).not.toMatch(/at .*\.ts:\d+|\bSELECT\b|\bINSERT\b/);
  }
  return response.statusCode;
}

describe('API fuzz: no 500 for any input, on any route', () => {
  it('every registered route has a row in ROUTE_INPUTS, and every row a route', () => {
    const registered = t.routes.map(keyOf).sort();
    expect(registered.filter((key) => !(key in ROUTE_INPUTS)), 'add these routes to src/server/testing/fuzz/route-inputs.ts').toEqual([]);
    expect(Object.keys(ROUTE_INPUTS).filter((key) => !registered.includes(key)), 'stale rows in route-inputs.ts').toEqual([]);
  });

  const ordered = Object.keys(ROUTE_INPUTS).sort((a, b) => Number(isSessionEnding(a)) - Number(isSessionEnding(b)));
  for (const key of ordered) {
    it(key, async () => {
      const [method, url] = key.split(' ') as [string, string];
      const inputs = ROUTE_INPUTS[key]!;
      const options = { uuids: knownIds };
      const valid = validRequest(url, inputs, options);
      // One valid request from everyone; only those not refused outright (401/403) are worth fuzzing further.
      const [probe] = fc.sample(valid, { seed: SEED, numRuns: 1 });
      const reaching: Principal[] = [];
      for (const principal of principals) {
        const status = await send(method, principal, probe!);
        if (status !== 401 && status !== 403) reaching.push(principal);
      }
      const candidates = reaching.length ? reaching : principals.slice(0, 2);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...candidates), fc.oneof(valid, mutatedRequest(url, inputs, options)), async (principal, request) => {
          await send(method, principal, request);
        }),
        { seed: SEED, numRuns: RUNS * (candidates.length + 3), endOnFailure: true },
      );
    });
  }
});
