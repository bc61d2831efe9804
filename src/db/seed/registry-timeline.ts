// The public history of a generated registry entry (demo seed and bench), consistent with its status: a creation
// object is confirmed in its batch year, created for 2 years (Art. 7(2)), certified by announcement with a certificate
// number (Art. 7(4)), re-reviewed every 2 years with 1 year to rectify (Art. 10), and may be revoked (Arts. 10–12) or
// leave the creation (Arts. 7(3), 12). Labels are those of the programme's own lines (src/domain/registry/history.ts).
import type { RegistryCarrier, RegistryStatus } from '../../domain/registry/filters';
import type { RegistryHistoryKind } from '../../domain/registry/history';
import { CANCELLATION_REASONS, RECTIFICATION_REASONS, REVOCATIONS } from './registry-names';
import type { Random } from './seeded-random';

export interface TimelineLine {
  occurredOn: string;
  kind: RegistryHistoryKind;
  label: string;
  publicReason: string | null;
}

export interface Timeline {
  batchYear: number;
  /** The day the entry's history starts. */
  startsOn: string;
  /** The day it was revoked or left the creation; null while it is listed as current. */
  endsOn: string | null;
  certifiedOn: string | null;
  certificateNumber: string | null;
  statusDetail: string | null;
  lines: TimelineLine[];
}

export interface TimelineProfile {
  source: 'legacy' | 'miit';
  carrier: RegistryCarrier;
  status: RegistryStatus;
  isNational: boolean;
}

/** The last full year of generated history; national marks may fall in the first half of the next (all before 2026-07). */
const LAST_YEAR = 2025;
const CREATION_YEARS = 2;
const RE_REVIEW_EVERY_YEARS = 2;

const pad = (n: number) => String(n).padStart(2, '0');
const dayIn = (random: Random, year: number, fromMonth: number, toMonth: number) => `${year}-${pad(random.int(fromMonth, toMonth))}-${pad(random.int(1, 28))}`;

/** 粤中小示范平台〔2021〕015号: numbered per carrier and year of the announcement. */
function nextCertificateNumber(serials: Map<string, number>, carrier: RegistryCarrier, year: number): string {
  const key = `${carrier}${year}`;
  const serial = (serials.get(key) ?? 0) + 1;
  serials.set(key, serial);
  return `粤中小示范${carrier === 'base' ? '基地' : '平台'}〔${year}〕${String(serial).padStart(3, '0')}号`;
}

export function entryTimeline(random: Random, profile: TimelineProfile, certificateSerials: Map<string, number>): Timeline {
  if (profile.source === 'miit') {
    // Art. 9: listed because MIIT certified it; the province holds no history of its own for it.
    const batchYear = random.int(2016, LAST_YEAR);
    const startsOn = dayIn(random, batchYear, 9, 12);
    const label = `列入工业和信息化部国家中小企业公共服务示范${profile.carrier === 'base' ? '基地' : '平台'}名单`;
    return { batchYear, startsOn, endsOn: null, certifiedOn: null, certificateNumber: null, statusDetail: null, lines: [{ occurredOn: startsOn, kind: 'national_marked', label, publicReason: null }] };
  }
  const lines: TimelineLine[] = [];
  const add = (occurredOn: string, kind: RegistryHistoryKind, label: string, publicReason: string | null = null) => lines.push({ occurredOn, kind, label, publicReason });
  const confirm = (batchYear: number) => {
    const startsOn = dayIn(random, batchYear, 6, 9);
    add(startsOn, 'creation_confirmed', '确定为创建对象，进入创建期');
    return startsOn;
  };

  if (profile.status === 'creating') {
    const batchYear = random.weighted({ 2023: 1, 2024: 2, 2025: 3 });
    const year = Number(batchYear);
    const startsOn = confirm(year);
    if (year === 2023) add(dayIn(random, year + CREATION_YEARS, 10, 12), 'creation_extended', '评估验收未通过，创建期延长1年');
    const statusDetail = year === 2024 && random.chance(0.4) ? '已申请评估验收' : null;
    return { batchYear: year, startsOn, endsOn: null, certifiedOn: null, certificateNumber: null, statusDetail, lines };
  }

  if (profile.status === 'exited') {
    if (random.chance(0.3)) {
      const batchYear = random.int(2019, 2024);
      const startsOn = confirm(batchYear);
      add(dayIn(random, Math.min(batchYear + 1, LAST_YEAR), 10, 12), 'creation_cancelled', '取消创建资格（第十二条）', random.pick(CANCELLATION_REASONS));
      return { batchYear, startsOn, endsOn: lines.at(-1)!.occurredOn, certifiedOn: null, certificateNumber: null, statusDetail: '已取消创建资格（第十二条）', lines };
    }
    const batchYear = random.int(2017, LAST_YEAR - CREATION_YEARS - 1);
    const startsOn = confirm(batchYear);
    add(dayIn(random, batchYear + CREATION_YEARS, 10, 11), 'creation_extended', '评估验收未通过，创建期延长1年');
    add(dayIn(random, batchYear + CREATION_YEARS + 1, 10, 12), 'creation_exited', '延期后再次评估验收未通过，退出创建');
    return { batchYear, startsOn, endsOn: lines.at(-1)!.occurredOn, certifiedOn: null, certificateNumber: null, statusDetail: '验收未通过，退出创建', lines };
  }

  // Certified at least once: certified, rectifying, revoked. A re-review falls every 2 years after certification;
  // a rectifying entry failed the last one (its year to rectify runs now), a revoked one may have failed earlier.
  const revocation = profile.status === 'revoked' ? random.pick(REVOCATIONS) : null;
  const latestBatch = LAST_YEAR - CREATION_YEARS - (revocation?.isAfterRectification ? RE_REVIEW_EVERY_YEARS + 1 : profile.status === 'rectifying' ? RE_REVIEW_EVERY_YEARS : revocation ? 1 : 0);
  const batchYear = random.int(2015, latestBatch);
  const startsOn = confirm(batchYear);
  const certificationYear = batchYear + CREATION_YEARS;
  const certifiedOn = dayIn(random, certificationYear, 11, 12);
  const certificateNumber = nextCertificateNumber(certificateSerials, profile.carrier, certificationYear);
  add(certifiedOn, 'certified', `发文公告正式认定，证书编号${certificateNumber}`);

  const reReviewYears: number[] = [];
  for (let y = certificationYear + RE_REVIEW_EVERY_YEARS; y <= LAST_YEAR; y += RE_REVIEW_EVERY_YEARS) reReviewYears.push(y);
  const passReReviews = (before: number) => {
    for (const y of reReviewYears.filter((year) => year < before)) add(dayIn(random, y, 9, 11), 're_review_passed', '复核达标');
  };
  const rectify = (year: number) => add(dayIn(random, year, 9, 11), 'rectification_started', '复核不达标，给予1年整改期', random.pick(RECTIFICATION_REASONS));
  let statusDetail: string | null = null;
  if (profile.status === 'certified') {
    passReReviews(LAST_YEAR + 1);
    // A re-review under way now (Art. 10): still 已认定, detail 复核中.
    if (random.chance(0.05)) statusDetail = '复核中';
    if (profile.isNational) add(dayIn(random, random.int(certificationYear + 1, LAST_YEAR + 1), 1, 6), 'national_marked', '获工业和信息化部认定，标注为国家级示范平台（基地）');
  } else if (profile.status === 'rectifying') {
    passReReviews(LAST_YEAR);
    rectify(LAST_YEAR);
  } else if (revocation) {
    // Art. 10: revoked a year after the failed re-review; Arts. 11–12: whenever it was found.
    const revokedIn = revocation.isAfterRectification ? random.pick(reReviewYears.filter((y) => y < LAST_YEAR)) + 1 : random.int(certificationYear + 1, LAST_YEAR);
    passReReviews(revocation.isAfterRectification ? revokedIn - 1 : revokedIn);
    if (revocation.isAfterRectification) rectify(revokedIn - 1);
    add(dayIn(random, revokedIn, 10, 12), 'certification_revoked', revocation.label, revocation.reason);
    statusDetail = '已撤销认定命名';
  }
  const endsOn = revocation ? lines.at(-1)!.occurredOn : null;
  return { batchYear, startsOn, endsOn, certifiedOn, certificateNumber, statusDetail, lines };
}
