// What review_groups.draw_record holds, and how a recorded draw is checked (Art. 7(2) 随机抽取). A group has a
// first draw and possibly supplementary draws (补充抽取, after an expert declared a conflict). Each draw keeps its
// own server-made seed and a snapshot of the pool as it stood (the fields the avoidance rules read), so a replay
// repeats it exactly whatever happened to the pool afterwards (a later deactivation changes nothing).
import type { PlainDate } from '../shared/plain-date';
import { drawExperts, drawFromEligible, type DrawApplication, type ExcludedExpert, type PoolExpert } from './expert-draw';

export type DrawKind = 'initial' | 'supplementary';

export interface RecordedDraw {
  kind: DrawKind;
  seed: string;
  count: number;
  algorithm: string;
  drawDate: PlainDate;
  /** ISO instant; null for a first draw recorded before draws were listed (the group's drawnAt applies). */
  drawnAt: string | null;
  /** Experts already in the group, left out of a supplementary draw. */
  assignedIds: string[];
  eligibleIds: string[];
  chosenIds: string[];
  excluded: ExcludedExpert[];
  /** The pool and applications as they stood at the draw; null for draws recorded before snapshots were kept. */
  pool: PoolExpert[] | null;
  applications: DrawApplication[] | null;
}

export interface DrawRecord {
  version: 2;
  draws: RecordedDraw[];
}

/** The first shape (one draw, seed and count in the group's columns), still read so old draws replay. */
interface LegacyDrawRecord {
  algorithm: string;
  drawDate: PlainDate;
  eligibleIds: string[];
  chosenIds: string[];
  excluded: ExcludedExpert[];
}

/** Reads either shape; `legacy` gives what the first shape kept outside the record. */
export function readDrawRecord(raw: unknown, legacy: { seed: string | null; count: number }): DrawRecord | null {
  if (!raw || typeof raw !== 'object') return null;
  if ((raw as { version?: unknown }).version === 2) return raw as DrawRecord;
  const old = raw as LegacyDrawRecord;
  const first: RecordedDraw = { kind: 'initial', seed: legacy.seed ?? '', count: legacy.count, drawnAt: null, assignedIds: [], pool: null, applications: null, ...pickLegacy(old) };
  return { version: 2, draws: [first] };
}

function pickLegacy(old: LegacyDrawRecord) {
  return { algorithm: old.algorithm, drawDate: old.drawDate, eligibleIds: old.eligibleIds, chosenIds: old.chosenIds, excluded: old.excluded };
}

/** Every expert any draw of the group chose, in the order drawn. */
export function chosenIdsOf(record: DrawRecord | null): string[] {
  return (record?.draws ?? []).flatMap((draw) => draw.chosenIds);
}

/** The eligible list the avoidance rules give over a pool, leaving out experts already in the group. */
export function eligibleIdsOf(pool: readonly PoolExpert[], applications: readonly DrawApplication[], assignedIds: readonly string[], drawDate: PlainDate): string[] {
  const open = pool.filter((expert) => !assignedIds.includes(expert.id));
  return drawExperts({ pool: open, applications, count: 0, seed: '0', drawDate }).eligibleIds;
}

export interface DrawCheck {
  replayedIds: string[];
  /** The seed over the recorded eligible list gives the recorded experts. */
  shuffleMatches: boolean;
  /** The rules over the recorded snapshot give the recorded eligible list; null without a snapshot. */
  eligibleMatches: boolean | null;
}

export function checkRecordedDraw(draw: RecordedDraw): DrawCheck {
  const replayedIds = drawFromEligible(draw.eligibleIds, draw.count, draw.seed);
  const eligibleMatches = draw.pool && draw.applications ? sameList(eligibleIdsOf(draw.pool, draw.applications, draw.assignedIds, draw.drawDate), draw.eligibleIds) : null;
  return { replayedIds, shuffleMatches: sameList(replayedIds, draw.chosenIds), eligibleMatches };
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
