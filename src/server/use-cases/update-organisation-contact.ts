// 单位对外服务电话/网址 (F6 item 1; ADR 0017): the organisation's own applicant keeps its public contact current; the
// registry shows it beside each of its programme platforms and bases, so those are re-projected in the same transaction.
// Legacy and MIIT entries are never touched: registration is self-service and nobody verifies the credit code, so an
// organisation registered with another operator's code must not be able to change what a government page links to
// (Art. 9 lists MIIT's platforms as MIIT named them). They keep the contact the province's list gave them.
import type { OrganisationPublicContact } from '../../contracts/organisation-contact';
import { organisationContactRepository, type PublicContact } from '../../db/repositories/organisation-contact.repository';
import { organisationsRepository } from '../../db/repositories/organisations.repository';
import { authorize } from '../../domain/access/policy';
import { projectOrganisationEntries } from '../registry/project-registry-entry';
import { appendAudit, type Deps, type RequestContext } from './context';
import { notFound, requirePermission } from './require-actor';

function toView(ctx: RequestContext, organisation: { id: string; cityCode: string; publicPhone: string | null; website: string | null }): OrganisationPublicContact {
  return {
    organisationId: organisation.id,
    publicPhone: organisation.publicPhone,
    website: organisation.website,
    canEdit: authorize(ctx.actor, 'organisation.editPublicContact', { organisationId: organisation.id, cityCode: organisation.cityCode }) === 'allow',
  };
}

/** Whoever may read the organisation may read its public contact (it is public in the registry anyway). */
export async function getOrganisationContact(deps: Pick<Deps, 'db'>, ctx: RequestContext, id: string): Promise<OrganisationPublicContact> {
  requirePermission(ctx, 'organisation.read');
  const row = await organisationsRepository.findById(deps.db, id);
  if (!row) throw notFound();
  requirePermission(ctx, 'organisation.read', { cityCode: row.cityCode, organisationId: row.id });
  return toView(ctx, row);
}

export async function updateOrganisationContact(deps: Deps, ctx: RequestContext, id: string, contact: PublicContact): Promise<OrganisationPublicContact> {
  requirePermission(ctx, 'organisation.editPublicContact');
  return deps.db.transaction(async (tx) => {
    const row = await organisationContactRepository.findForUpdate(tx, id);
    if (!row) throw notFound();
    // Another organisation's contact: as if it did not exist (404).
    requirePermission(ctx, 'organisation.editPublicContact', { cityCode: row.cityCode, organisationId: row.id });
    const before: PublicContact = { publicPhone: row.publicPhone, website: row.website };
    if (before.publicPhone === contact.publicPhone && before.website === contact.website) return toView(ctx, row);
    await organisationContactRepository.update(tx, row.id, contact);
    await appendAudit(tx, deps, ctx, { action: 'organisation.public_contact_updated', objectType: 'organisation', objectId: row.id, before, after: contact });
    // Only the organisation's own programme entries take the contact (projection bumps the registry version).
    await projectOrganisationEntries(tx, deps, row.id);
    return toView(ctx, { ...row, ...contact });
  });
}
