import { randomBytes } from 'node:crypto';
import type { AddExpertRequest, AddExpertResult } from '../../contracts/experts';
import { expertsRepository } from '../../db/repositories/experts.repository';
import { usersRepository } from '../../db/repositories/users.repository';
import { AppError } from '../../domain/shared/app-error';
import { hashPassword } from '../auth/passwords';
import { appendAudit, type Deps, type RequestContext } from './context';
import { toExpertViews } from './expert-view';
import { notFound, requirePermission } from './require-actor';

const USERNAME_TAKEN = '该用户名已被使用，请换一个';
const usernameTaken = () => new AppError('USERNAME_TAKEN', USERNAME_TAKEN, { issues: [{ path: 'username', message: USERNAME_TAKEN }] });

/** 16 characters from all four classes, so it always meets the password policy; shown once, changed at first login. */
function initialPassword(): string {
  return `${randomBytes(9).toString('base64url').replace(/[-_]/g, 'x')}#Aa7`;
}

/**
 * Art. 7(2): the province adds an expert to the pool together with the expert's login account (role expert),
 * in one transaction with its audit record. The password is returned once and never stored in clear.
 */
export async function addExpert(deps: Deps, ctx: RequestContext, input: AddExpertRequest): Promise<AddExpertResult> {
  requirePermission(ctx, 'expert.manage');
  if (await usersRepository.findByUsername(deps.db, input.username)) throw usernameTaken();
  const password = initialPassword();
  const passwordHash = await hashPassword(password);
  const id = await deps.db.transaction(async (tx) => {
    const user = await usersRepository.insert(tx, { username: input.username, displayName: input.name, passwordHash, mustChangePassword: true });
    if (!user) throw usernameTaken();
    await usersRepository.insertAssignment(tx, { userId: user.id, role: 'expert' });
    const expert = await expertsRepository.insert(tx, {
      userId: user.id,
      name: input.name,
      field: input.field,
      employer: input.employer,
      employerCreditCode: input.employerCreditCode ? input.employerCreditCode : null,
      cityCode: input.cityCode,
      termStartsOn: input.termStartsOn,
      termEndsOn: input.termEndsOn,
      createdAt: deps.clock.now(),
    });
    const { userId: _userId, ...auditable } = expert;
    await appendAudit(tx, deps, ctx, { action: 'expert.added', objectType: 'expert', objectId: expert.id, after: { ...auditable, username: user.username } });
    return expert.id;
  });
  const row = await expertsRepository.findById(deps.db, id);
  if (!row) throw notFound();
  const [expert] = await toExpertViews(deps.db, [row]);
  return { expert: expert as AddExpertResult['expert'], initialPassword: password };
}
