import type { RegistrationRequest } from '../../contracts/registration';
import { organisationsRepository } from '../../db/repositories/organisations.repository';
import { usersRepository } from '../../db/repositories/users.repository';
import { AppError } from '../../domain/shared/app-error';
import { hashPassword } from '../auth/passwords';
import { isCommonPassword } from '../../domain/shared/common-passwords';
import { PASSWORD_MESSAGES } from '../../domain/shared/password-policy';
import { sealPhone } from '../security/personal-phone';
import { appendAudit, type Deps, type RequestContext } from './context';

const CREDIT_CODE_TAKEN = '该统一社会信用代码已注册，请使用本单位已有账号登录，或联系所在地市中小企业主管部门';
const USERNAME_TAKEN = '该用户名已被使用，请换一个';

function conflict(code: 'CREDIT_CODE_TAKEN' | 'USERNAME_TAKEN'): AppError {
  const [path, message] =
    code === 'CREDIT_CODE_TAKEN' ? ['organisation.creditCode', CREDIT_CODE_TAKEN] : ['account.username', USERNAME_TAKEN];
  return new AppError(code, message, { issues: [{ path, message }] });
}

/**
 * An operating organisation registers itself with its first account (F1 item 5). Organisation, account, role
 * and audit record are written in one transaction: a refused registration leaves nothing behind.
 */
export async function registerApplicant(
  deps: Deps,
  ctx: RequestContext,
  input: RegistrationRequest,
): Promise<{ organisationId: string; username: string }> {
  const { organisation, contact, account } = input;
  if (organisation.establishedOn > deps.clock.today()) {
    const message = '成立日期不能晚于今天';
    throw new AppError('VALIDATION_FAILED', message, { issues: [{ path: 'organisation.establishedOn', message }] });
  }
  if (await organisationsRepository.findByCreditCode(deps.db, organisation.creditCode)) throw conflict('CREDIT_CODE_TAKEN');
  if (await usersRepository.findByUsername(deps.db, account.username)) throw conflict('USERNAME_TAKEN');

  // F7 item 3: the common-password list is the server's (too large for the browser's copy of the rules).
  if (isCommonPassword(account.password)) {
    const message = PASSWORD_MESSAGES.common;
    throw new AppError('VALIDATION_FAILED', message, { issues: [{ path: 'account.password', message }] });
  }
  const passwordHash = await hashPassword(account.password);
  return deps.db.transaction(async (tx) => {
    const created = await organisationsRepository.insert(tx, {
      ...organisation,
      contactName: contact.name,
      // F7 item 6: sealed at rest (个人信息保护法 第51条; 等保2.0 三级 8.1.4.8).
      contactPhone: sealPhone(deps.security.dataKey, contact.phone),
      contactEmail: contact.email ? contact.email : null,
      createdAt: deps.clock.now(),
    });
    if (!created) throw conflict('CREDIT_CODE_TAKEN');
    const user = await usersRepository.insert(tx, {
      username: account.username,
      displayName: contact.name,
      passwordHash,
      passwordChangedAt: deps.clock.now(),
    });
    if (!user) throw conflict('USERNAME_TAKEN');
    await usersRepository.insertAssignment(tx, { userId: user.id, role: 'applicant', organisationId: created.id });
    const actor = { userId: user.id, role: 'applicant' as const };
    // The phone stays out of the audit record, sealed or not: personal data never goes into logs (F7 item 6).
    const { contactPhone: _phone, ...auditable } = created;
    await appendAudit(tx, deps, ctx, { action: 'organisation.registered', objectType: 'organisation', objectId: created.id, after: auditable, actor });
    return { organisationId: created.id, username: user.username };
  });
}
