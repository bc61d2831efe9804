// F7 item 2 (三员分立, ADR 0020): split knowledge of every one-time password the system administrator makes. It
// sees the first half only; the second is sealed (field cipher, bound to the row) until the security administrator
// issues it once. Neither administrator alone can log in as the holder or enrol the holder's second factor.
import { randomUUID } from 'node:crypto';
import { credentialHandoversRepository } from '../../../db/repositories/credential-handovers.repository';
import { FIRST_HALF_EXPLANATION, splitOneTimePassword, type HandoverKind } from '../../../domain/accounts/credential-handover';
import type { Db } from '../../../db/client';
import { sealField } from '../../security/field-cipher';
import type { Deps } from '../context';

/** The sealed half opens only in its own row: a value copied to another handover fails authentication. */
export function handoverAssociatedData(handoverId: string, userId: string): string {
  return `credential_handover:${handoverId}:${userId}`;
}

export interface OpenedHandover {
  handoverId: string;
  /** Earlier handovers of the account that were still waiting and are now void. */
  supersededCount: number;
  firstHalf: string;
  explanation: string;
}

/** Call inside the transaction that sets the password hash; the caller audits (never with either half). */
export async function openCredentialHandover(
  tx: Db,
  deps: Pick<Deps, 'security'>,
  input: { userId: string; kind: HandoverKind; oneTimePassword: string; requestedBy: string; now: Date },
): Promise<OpenedHandover> {
  const { firstHalf, secondHalf } = splitOneTimePassword(input.oneTimePassword);
  const supersededCount = await credentialHandoversRepository.supersedePending(tx, input.userId, input.now);
  const handoverId = randomUUID();
  await credentialHandoversRepository.insert(tx, {
    id: handoverId,
    userId: input.userId,
    kind: input.kind,
    secondHalfSealed: sealField(deps.security.dataKey, secondHalf, handoverAssociatedData(handoverId, input.userId)),
    requestedBy: input.requestedBy,
    requestedAt: input.now,
  });
  return { handoverId, supersededCount, firstHalf, explanation: FIRST_HALF_EXPLANATION };
}
