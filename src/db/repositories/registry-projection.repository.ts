// What the registry projection reads (ADR 0017): one application with its organisation, call and certificate, the
// retained renames of its operator, and which lifecycle events its entry already shows. Read-only; the writes are
// in registry-write.repository.ts.
import { and, asc, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { annualCalls, applications, certifications, changeReports, organisations, registryEntries, registryHistory } from '../schema/index';

export interface RegistrySourceRow {
  application: typeof applications.$inferSelect;
  organisation: typeof organisations.$inferSelect;
  callYear: number;
  certificateNumber: string | null;
  certifiedOn: string | null;
}

export interface RetainedRenameRow {
  id: string;
  applicationId: string;
  formerName: string | null;
  newName: string | null;
  occurredOn: string;
}

export interface RetainedChangeRow {
  kind: string;
  formerName: string | null;
  newName: string | null;
}

export const registryProjectionRepository = {
  async findSource(db: Db, applicationId: string): Promise<RegistrySourceRow | undefined> {
    const [row] = await db
      .select({
        application: applications,
        organisation: organisations,
        callYear: annualCalls.year,
        certificateNumber: certifications.certificateNumber,
        certifiedOn: certifications.certifiedOn,
      })
      .from(applications)
      .innerJoin(organisations, eq(organisations.id, applications.organisationId))
      .innerJoin(annualCalls, eq(annualCalls.id, applications.callId))
      .leftJoin(certifications, eq(certifications.applicationId, applications.id))
      .where(eq(applications.id, applicationId))
      // A rename or a contact change of the organisation in flight: wait for it and read what it committed, so an
      // entry is never written back with the operator's old name or contact.
      .for('share', { of: organisations });
    return row;
  },

  /** Art. 11: the operator's renames the province retained, on any of its objects, oldest change first. */
  async listRetainedRenames(db: Db, organisationId: string): Promise<RetainedRenameRow[]> {
    return db
      .select({ id: changeReports.id, applicationId: changeReports.applicationId, formerName: changeReports.formerName, newName: changeReports.newName, occurredOn: changeReports.occurredOn })
      .from(changeReports)
      .innerJoin(applications, eq(applications.id, changeReports.applicationId))
      .where(and(eq(applications.organisationId, organisationId), eq(changeReports.kind, 'rename'), eq(changeReports.provinceDecision, 'retain')))
      .orderBy(asc(changeReports.occurredOn), asc(changeReports.decidedAt), asc(changeReports.id));
  },

  /** The changes the province retained on one object, in the order it decided them (one per retain_after_change). */
  async listRetainedChanges(db: Db, applicationId: string): Promise<RetainedChangeRow[]> {
    return db
      .select({ kind: changeReports.kind, formerName: changeReports.formerName, newName: changeReports.newName })
      .from(changeReports)
      .where(and(eq(changeReports.applicationId, applicationId), eq(changeReports.provinceDecision, 'retain'), isNotNull(changeReports.decidedAt)))
      .orderBy(asc(changeReports.decidedAt), asc(changeReports.id));
  },

  /** The lifecycle events an entry's history already shows. */
  async listShownEventIds(db: Db, entryId: string): Promise<Set<string>> {
    const rows = await db.select({ eventId: registryHistory.applicationEventId }).from(registryHistory).where(eq(registryHistory.entryId, entryId));
    return new Set(rows.flatMap((r) => (r.eventId ? [r.eventId] : [])));
  },

  /** One organisation's applications that are, or may now become, entries (the projection decides). */
  async listOrganisationApplicationIds(db: Db, organisationId: string, listedStates: readonly string[]): Promise<string[]> {
    const rows = await db
      .select({ id: applications.id })
      .from(applications)
      .leftJoin(registryEntries, eq(registryEntries.id, applications.id))
      .where(and(eq(applications.organisationId, organisationId), or(inArray(applications.state, [...listedStates]), isNotNull(registryEntries.id))))
      .orderBy(asc(applications.id));
    return rows.map((r) => r.id);
  },

  /** Every application that is listed now or has an entry from before (a rebuild projects them all). */
  async listProjectableApplicationIds(db: Db, listedStates: readonly string[]): Promise<string[]> {
    const rows = await db
      .select({ id: applications.id })
      .from(applications)
      .leftJoin(registryEntries, eq(registryEntries.id, applications.id))
      .where(or(inArray(applications.state, [...listedStates]), isNotNull(registryEntries.id)))
      .orderBy(asc(applications.id));
    return rows.map((r) => r.id);
  },

  /** Whether some listed application has no entry yet (a database from before migration 0016). */
  async hasListedApplicationWithoutEntry(db: Db, listedStates: readonly string[]): Promise<boolean> {
    const [row] = await db
      .select({ id: applications.id })
      .from(applications)
      .leftJoin(registryEntries, eq(registryEntries.applicationId, applications.id))
      .where(and(inArray(applications.state, [...listedStates]), isNull(registryEntries.id)))
      .limit(1);
    return row !== undefined;
  },


  /** Serialises rebuilds (two servers starting at once): held until the transaction ends. */
  async lockRebuild(db: Db): Promise<void> {
    await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext('registry-rebuild'))`);
  },
};
