// F7 item 3: the HMAC-SHA1 that the pure TOTP domain (src/domain/auth/totp.ts) is given; RFC 6238 names SHA-1.
import { createHmac } from 'node:crypto';
import type { HmacSha1 } from '../../domain/auth/totp';

export const hmacSha1: HmacSha1 = (key, message) => new Uint8Array(createHmac('sha1', key).update(message).digest());
