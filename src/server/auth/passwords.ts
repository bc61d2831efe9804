import { hash, verify, type Algorithm } from '@node-rs/argon2';

// F7 item 3; 等保2.0 三级 8.1.4.1 (鉴别信息的保护); OWASP ASVS 4.0 V2.4.1: argon2id with the OWASP Password Storage
// Cheat Sheet minimum (19 MiB, 2 passes, 1 lane), about 30 ms a hash on one core. verify() reads the algorithm and
// cost from the stored hash itself, so hashes made with other parameters keep working. Algorithm is a const enum in
// the binding's types, which isolatedModules cannot read; 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verified against when the user name is unknown, so a wrong name costs as long as a wrong password.
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword('dummy-password-for-timing-Aa1!');
  await verifyPassword(await dummyHash, password);
}
