// 认定证书编号 (ADR 0015): 粤中小示范平台〔2028〕001号 / 粤中小示范基地〔2028〕001号 — one sequence per carrier and year,
// given in the announcement's neutral order (Art. 8: 不分先后, so the number says nothing of merit) and continuing
// the year's last number, so two announcements of one year never print the same number.
import { inNeutralOrder, type NeutralEntry } from '../publicity/notice-entries';

export type Carrier = 'platform' | 'base';

const CARRIER_WORDS: Record<Carrier, string> = { platform: '平台', base: '基地' };

/** Three digits at least (001); a sequence past 999 prints in full (1000), never wraps. */
export function formatCertificateNumber(carrier: Carrier, year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new Error(`certificate year out of range: ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new Error(`certificate sequence out of range: ${sequence}`);
  return `粤中小示范${CARRIER_WORDS[carrier]}〔${year}〕${String(sequence).padStart(3, '0')}号`;
}

export interface NumberedCertificate {
  sequence: number;
  certificateNumber: string;
}

/**
 * Numbers the entries of one announcement: each carrier counts on from `lastSequences` (the highest sequence of the
 * year so far, 0 when none), in neutral order. Returns the entries in that order.
 */
export function numberCertificates<T extends NeutralEntry & { carrier: Carrier }>(
  entries: readonly T[],
  year: number,
  lastSequences: Readonly<Record<Carrier, number>>,
): (T & NumberedCertificate)[] {
  const next = { ...lastSequences };
  return inNeutralOrder(entries).map((entry) => {
    next[entry.carrier] += 1;
    const sequence = next[entry.carrier];
    return { ...entry, sequence, certificateNumber: formatCertificateNumber(entry.carrier, year, sequence) };
  });
}
