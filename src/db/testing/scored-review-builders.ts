// Expert reviews already scored (Attachment 3), for tests of what the province does with the scores (the
// shortlist preview, the internal review export) without driving the draw and the scoring through the API.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { experts, expertReviews, reviewGroupApplications, reviewGroups, users } from '../schema/index';

export interface ScoredReviewOptions {
  callId: string;
  applicationId: string;
  expertName: string;
  /** null: drawn but not yet scored. */
  scores: Record<string, number> | null;
  comments?: Record<string, string>;
  declaration?: 'none' | 'conflicted' | null;
  /** false: scores saved as the expert's draft, not submitted. Default: submitted whenever there are scores. */
  isSubmitted?: boolean;
  at?: Date;
}

export async function createScoredReview(db: Db, options: ScoredReviewOptions): Promise<void> {
  const at = options.at ?? new Date('2026-11-20T02:00:00Z');
  const tag = randomBytes(4).toString('hex');
  const [user] = await db.insert(users).values({ username: `expert${tag}`, displayName: options.expertName, passwordHash: 'x', mustChangePassword: false, isDisabled: false }).returning();
  if (!user) throw new Error('no user');
  const [expert] = await db
    .insert(experts)
    .values({ userId: user.id, name: options.expertName, field: '中小企业服务', employer: `某大学${tag}`, cityCode: '440500', termStartsOn: '2026-01-01', termEndsOn: '2028-12-31' })
    .returning();
  if (!expert) throw new Error('no expert');
  const [existing] = await db.select().from(reviewGroupApplications).where(eq(reviewGroupApplications.applicationId, options.applicationId));
  let groupId = existing?.groupId;
  if (!groupId) {
    const [group] = await db.insert(reviewGroups).values({ callId: options.callId, name: `评审组${tag}`, expertCount: 3, createdAt: at }).returning();
    if (!group) throw new Error('no group');
    groupId = group.id;
    await db.insert(reviewGroupApplications).values({ groupId, applicationId: options.applicationId, addedAt: at });
  }
  const declaration = options.declaration === undefined ? (options.scores ? 'none' : null) : options.declaration;
  await db.insert(expertReviews).values({
    groupId,
    applicationId: options.applicationId,
    expertId: expert.id,
    declaration,
    declaredAt: declaration ? at : null,
    scores: options.scores,
    comments: options.comments ?? null,
    submittedAt: options.scores && options.isSubmitted !== false ? at : null,
    createdAt: at,
  });
}
