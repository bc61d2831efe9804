// The people most F4/F5 integration tests need, signed in on a test app of their own: the operator of the objects
// under test and another operator, a 广州 (the objects' city) and a 深圳 officer, the province, an auditor and an
// expert. One place for the set-up those files used to repeat (duplicates D1–D7).
import type { SignedIn, TestApp } from './test-app';
import { createTestApp } from './test-app';

export interface CreationCast {
  t: TestApp;
  operator: SignedIn;
  otherOperator: SignedIn;
  /** 广州 (440100): the city of the objects the builders create by default. */
  gz: SignedIn;
  /** 深圳 (440300): another city's officer, who must get 404. */
  sz: SignedIn;
  province: SignedIn;
  auditor: SignedIn;
  expert: SignedIn;
}

/** A test app at `now` with the cast signed in, one after another (sign-ins share the app's database). */
export async function startCreationCast(now: Date): Promise<CreationCast> {
  const t = await createTestApp(now);
  return {
    t,
    operator: await t.signIn('applicant'),
    otherOperator: await t.signIn('applicant'),
    gz: await t.signIn('city', { cityCode: '440100' }),
    sz: await t.signIn('city', { cityCode: '440300' }),
    province: await t.signIn('province'),
    auditor: await t.signIn('auditor'),
    expert: await t.signIn('expert'),
  };
}
