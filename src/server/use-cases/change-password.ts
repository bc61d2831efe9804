import type { ChangePasswordRequest } from '../../contracts/auth';
import { sessionsRepository } from '../../db/repositories/sessions.repository';
import { usersRepository } from '../../db/repositories/users.repository';
import { AppError } from '../../domain/shared/app-error';
import { PASSWORD_MESSAGES, findPasswordProblem } from '../../domain/shared/password-policy';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { appendAudit, type Deps, type RequestContext } from './context';
import { notFound, requirePermission } from './require-actor';

// Changing the password ends the user's other sessions (ASVS V3.3.3).
export async function changePassword(deps: Deps, ctx: RequestContext, input: ChangePasswordRequest): Promise<void> {
  const actor = requirePermission(ctx, 'account.changePassword');
  const user = await usersRepository.findById(deps.db, actor.userId);
  if (!user) throw notFound();
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('VALIDATION_FAILED', '当前密码不正确', { issues: [{ path: 'currentPassword', message: '当前密码不正确' }] });
  }
  const problem = findPasswordProblem(input.newPassword, user.username);
  if (problem) {
    throw new AppError('VALIDATION_FAILED', PASSWORD_MESSAGES[problem], { issues: [{ path: 'newPassword', message: PASSWORD_MESSAGES[problem] }] });
  }
  if (await verifyPassword(user.passwordHash, input.newPassword)) {
    const message = '新密码不能与当前密码相同';
    throw new AppError('VALIDATION_FAILED', message, { issues: [{ path: 'newPassword', message }] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.transaction(async (tx) => {
    await usersRepository.setPassword(tx, user.id, passwordHash, deps.clock.now());
    if (ctx.sessionTokenHash) await sessionsRepository.deleteOthers(tx, user.id, ctx.sessionTokenHash);
    await appendAudit(tx, deps, ctx, { action: 'account.password_changed', objectType: 'user', objectId: user.id });
  });
}
