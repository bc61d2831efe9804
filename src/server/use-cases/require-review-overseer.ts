import { reachOf, type Actor } from '../../domain/access/policy';
import { AppError } from '../../domain/shared/app-error';
import type { RequestContext } from './context';
import { requirePermission } from './require-actor';

/**
 * Review progress and scores are read by the province and the auditor (纪检监察) only: the roles that read every
 * application. A city or an applicant reads applications too, but never other people's scores (Art. 8).
 */
export function requireReviewOverseer(ctx: RequestContext): Actor {
  const actor = requirePermission(ctx, 'application.read');
  if (reachOf(actor, 'application.read') !== 'all') throw new AppError('FORBIDDEN', '您的角色无权进行此操作');
  return actor;
}
