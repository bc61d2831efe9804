// Shapes review groups for the province's 专家评审 page: applications, the drawn experts and who the draw left out.
import type { ExcludedExpertView, GroupDrawView, ReviewGroupView } from '../../contracts/experts';
import type { Db } from '../../db/client';
import { expertReviewsRepository, type ReviewGroupRow } from '../../db/repositories/expert-reviews.repository';
import { expertsRepository } from '../../db/repositories/experts.repository';
import { chosenIdsOf, readDrawRecord, type DrawRecord } from '../../domain/review/draw-record';
import { EXCLUSION_LABELS } from '../../domain/review/expert-draw';
import { cityNameOf, toGroupApplicationView } from './expert-view';

/** The group's draws in either recorded shape (src/domain/review/draw-record.ts). */
export function drawRecordOf(group: ReviewGroupRow): DrawRecord | null {
  return readDrawRecord(group.drawRecord, { seed: group.seed, count: group.expertCount });
}

export async function toReviewGroupViews(db: Db, groups: readonly ReviewGroupRow[]): Promise<ReviewGroupView[]> {
  const applications = await expertReviewsRepository.listGroupApplications(db, groups.map((g) => g.id));
  const records = groups.map(drawRecordOf);
  const expertIds = new Set(records.flatMap((r) => [...chosenIdsOf(r), ...(r?.draws[0]?.excluded ?? []).map((e) => e.expertId)]));
  const experts = new Map((await expertsRepository.findByIds(db, [...expertIds])).map((e) => [e.id, e]));
  return groups.map((group, index): ReviewGroupView => {
    const record = records[index] ?? null;
    const first = record?.draws[0];
    const excluded = (first?.excluded ?? []).map(
      (e): ExcludedExpertView => ({
        expertId: e.expertId,
        name: experts.get(e.expertId)?.name ?? '',
        reasons: e.reasons.map((r) => ({ reason: r.reason, label: EXCLUSION_LABELS[r.reason], applicationId: r.applicationId ?? null })),
      }),
    );
    return {
      id: group.id,
      callId: group.callId,
      name: group.name,
      expertCount: group.expertCount,
      seed: group.seed,
      drawnAt: group.drawnAt?.toISOString() ?? null,
      draws: (record?.draws ?? []).map(
        (d): GroupDrawView => ({ kind: d.kind, seed: d.seed, count: d.count, drawnAt: d.drawnAt ?? group.drawnAt?.toISOString() ?? null, eligibleCount: d.eligibleIds.length, expertIds: d.chosenIds }),
      ),
      applications: applications.filter((a) => a.groupId === group.id).map(toGroupApplicationView),
      experts: chosenIdsOf(record).map((id) => {
        const e = experts.get(id);
        return { id, name: e?.name ?? '', field: e?.field ?? '', employer: e?.employer ?? '', cityName: e ? cityNameOf(e.cityCode) : '' };
      }),
      excluded,
      eligibleCount: first ? first.eligibleIds.length : null,
    };
  });
}
