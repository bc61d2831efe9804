import type { ObjectionStatus, ObjectionStatusRequest, ObjectionStatusView } from '../../contracts/notices';
import { noticesRepository } from '../../db/repositories/notices.repository';
import { revealPhone } from '../security/personal-phone';
import type { Deps } from './context';
import { notFound } from './require-actor';

const digitsOf = (phone: string): string => phone.replace(/\D/g, '');

/**
 * The objector checks the handling of an objection with the receipt number and the phone given with it (sent in the
 * request body, never the URL: ADR 0023). A wrong phone answers exactly like an unknown receipt (404, the same
 * message), so neither reveals that an objection exists.
 */
export async function getObjectionStatus(deps: Pick<Deps, 'db' | 'security'>, receiptNumber: string, { phone }: ObjectionStatusRequest): Promise<ObjectionStatusView> {
  const row = await noticesRepository.findObjectionByReceipt(deps.db, receiptNumber);
  // The stored phone is sealed (F7 item 6): opened here only to compare, never returned.
  if (!row || digitsOf(revealPhone(deps.security.dataKey, row.objection.objectorPhone)) !== digitsOf(phone)) throw notFound();
  const { objection } = row;
  return {
    receiptNumber: objection.receiptNumber,
    receivedAt: objection.receivedAt.toISOString(),
    noticeTitle: row.noticeTitle,
    entryName: row.entries.find((e) => e.applicationId === objection.applicationId)?.name ?? '',
    status: objection.status as ObjectionStatus,
    investigation: objection.investigation,
    decidedAt: objection.decidedAt?.toISOString() ?? null,
  };
}
