import { authorize, type Action, type Actor, type ScopedObject } from '../../domain/access/policy';
import { isNeverSubmitted, type SubmissionTrace } from '../../domain/applications/draft-privacy';
import { AppError } from '../../domain/shared/app-error';
import type { RequestContext } from './context';

const NOT_FOUND_MESSAGE = '未找到该记录，或您无权查看';

/** Applies the access policy and turns its decision into the error the caller sees (other city → 404). */
export function requirePermission(ctx: RequestContext, action: Action, object?: ScopedObject): Actor {
  const decision = authorize(ctx.actor, action, object);
  switch (decision) {
    case 'allow':
      return ctx.actor as Actor;
    case 'unauthenticated':
      throw new AppError('UNAUTHENTICATED', '请先登录');
    case 'forbidden':
      throw new AppError('FORBIDDEN', '您的角色无权进行此操作');
    case 'hidden':
      throw new AppError('NOT_FOUND', NOT_FOUND_MESSAGE);
  }
}

export function notFound(): AppError {
  return new AppError('NOT_FOUND', NOT_FOUND_MESSAGE);
}

/** Art. 7(1): an application never submitted is the applicant's own; anyone else is told it does not exist. */
export function requireVisibleApplication(actor: Actor, application: SubmissionTrace): void {
  if (actor.role !== 'applicant' && isNeverSubmitted(application)) throw notFound();
}
