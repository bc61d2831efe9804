CREATE TABLE "acceptance_opinions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"acceptance_review_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"declaration" text,
	"declaration_note" text,
	"declared_at" timestamp with time zone,
	"indicator_judgements" jsonb,
	"goal_judgements" jsonb,
	"conclusion" text,
	"comment" text,
	"submitted_at" timestamp with time zone,
	"assigned_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "acceptance_opinions_declaration" CHECK ("acceptance_opinions"."declaration" IS NULL OR "acceptance_opinions"."declaration" IN ('none', 'conflicted')),
	CONSTRAINT "acceptance_opinions_conclusion" CHECK ("acceptance_opinions"."conclusion" IS NULL OR "acceptance_opinions"."conclusion" IN ('pass', 'fail')),
	CONSTRAINT "acceptance_opinions_after_declaration" CHECK ("acceptance_opinions"."submitted_at" IS NULL OR "acceptance_opinions"."declaration" = 'none')
);
--> statement-breakpoint
CREATE TABLE "acceptance_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"attempt" integer NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"reopened_reason" text,
	"summary" text DEFAULT '' NOT NULL,
	"goal_reports" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"evidence_file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"started_by" uuid,
	"started_at" timestamp with time zone,
	"snapshot" jsonb,
	"outcome" text,
	"outcome_reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "acceptance_reviews_revision" CHECK ("acceptance_reviews"."revision" >= 1 AND ("acceptance_reviews"."revision" = 1) = ("acceptance_reviews"."reopened_reason" IS NULL)),
	CONSTRAINT "acceptance_reviews_attempt" CHECK ("acceptance_reviews"."attempt" IN (1, 2)),
	CONSTRAINT "acceptance_reviews_outcome" CHECK ("acceptance_reviews"."outcome" IS NULL OR "acceptance_reviews"."outcome" IN ('passed', 'failed')),
	CONSTRAINT "acceptance_reviews_decided" CHECK (("acceptance_reviews"."outcome" IS NULL) = ("acceptance_reviews"."decided_at" IS NULL)),
	CONSTRAINT "acceptance_reviews_snapshot" CHECK (("acceptance_reviews"."started_at" IS NULL) = ("acceptance_reviews"."snapshot" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "certification_announcements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notice_id" uuid NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"published_on" date NOT NULL,
	"entries" jsonb NOT NULL,
	"document_file_id" uuid,
	"published_by" uuid,
	"published_at" timestamp with time zone NOT NULL,
	CONSTRAINT "certification_announcements_notice_id_unique" UNIQUE("notice_id")
);
--> statement-breakpoint
CREATE TABLE "certifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"announcement_id" uuid NOT NULL,
	"certificate_number" text NOT NULL,
	"carrier" text NOT NULL,
	"year" integer NOT NULL,
	"sequence" integer NOT NULL,
	"certified_on" date NOT NULL,
	CONSTRAINT "certifications_application_id_unique" UNIQUE("application_id"),
	CONSTRAINT "certifications_certificate_number_unique" UNIQUE("certificate_number"),
	CONSTRAINT "certifications_carrier" CHECK ("certifications"."carrier" IN ('platform', 'base'))
);
--> statement-breakpoint
CREATE TABLE "change_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"occurred_on" date NOT NULL,
	"due_on" date NOT NULL,
	"reported_on" date NOT NULL,
	"is_overdue" boolean NOT NULL,
	"former_name" text,
	"new_name" text,
	"document_file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reported_by" uuid,
	"reported_at" timestamp with time zone NOT NULL,
	"city_proposal" text,
	"city_reason" text,
	"proposed_by" uuid,
	"proposed_at" timestamp with time zone,
	"province_decision" text,
	"province_reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	CONSTRAINT "change_reports_kind" CHECK ("change_reports"."kind" IN ('rename', 'merger', 'reorganisation', 'other')),
	CONSTRAINT "change_reports_proposal" CHECK ("change_reports"."city_proposal" IS NULL OR "change_reports"."city_proposal" IN ('retain', 'revoke')),
	CONSTRAINT "change_reports_decision" CHECK ("change_reports"."province_decision" IS NULL OR ("change_reports"."province_decision" IN ('retain', 'revoke') AND "change_reports"."city_proposal" IS NOT NULL)),
	CONSTRAINT "change_reports_rename" CHECK (("change_reports"."kind" = 'rename') = ("change_reports"."new_name" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "integrity_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"source" text NOT NULL,
	"found_on" date NOT NULL,
	"reason" text NOT NULL,
	"evidence_file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "integrity_findings_kind" CHECK ("integrity_findings"."kind" IN ('dishonesty_listing', 'data_fraud')),
	CONSTRAINT "integrity_findings_to_state" CHECK ("integrity_findings"."to_state" IN ('creation_cancelled', 'revoked'))
);
--> statement-breakpoint
CREATE TABLE "deadline_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"subject_id" uuid,
	"due_on" date NOT NULL,
	"done_at" timestamp with time zone NOT NULL,
	CONSTRAINT "deadline_actions_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "job_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"job" text NOT NULL,
	"today" date NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"summary" jsonb
);
--> statement-breakpoint
ALTER TABLE "acceptance_opinions" ADD CONSTRAINT "acceptance_opinions_acceptance_review_id_acceptance_reviews_id_fk" FOREIGN KEY ("acceptance_review_id") REFERENCES "public"."acceptance_reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acceptance_opinions" ADD CONSTRAINT "acceptance_opinions_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acceptance_opinions" ADD CONSTRAINT "acceptance_opinions_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acceptance_reviews" ADD CONSTRAINT "acceptance_reviews_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acceptance_reviews" ADD CONSTRAINT "acceptance_reviews_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acceptance_reviews" ADD CONSTRAINT "acceptance_reviews_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acceptance_reviews" ADD CONSTRAINT "acceptance_reviews_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_announcements" ADD CONSTRAINT "certification_announcements_notice_id_publicity_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."publicity_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_announcements" ADD CONSTRAINT "certification_announcements_document_file_id_files_id_fk" FOREIGN KEY ("document_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_announcements" ADD CONSTRAINT "certification_announcements_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_announcement_id_certification_announcements_id_fk" FOREIGN KEY ("announcement_id") REFERENCES "public"."certification_announcements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_reports" ADD CONSTRAINT "change_reports_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_reports" ADD CONSTRAINT "change_reports_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_reports" ADD CONSTRAINT "change_reports_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_reports" ADD CONSTRAINT "change_reports_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_findings" ADD CONSTRAINT "integrity_findings_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_findings" ADD CONSTRAINT "integrity_findings_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "acceptance_opinions_unique" ON "acceptance_opinions" USING btree ("acceptance_review_id","expert_id");--> statement-breakpoint
CREATE INDEX "acceptance_opinions_expert_idx" ON "acceptance_opinions" USING btree ("expert_id");--> statement-breakpoint
CREATE UNIQUE INDEX "acceptance_reviews_attempt_idx" ON "acceptance_reviews" USING btree ("application_id","attempt","revision");--> statement-breakpoint
CREATE INDEX "certification_announcements_published_idx" ON "certification_announcements" USING btree ("published_on");--> statement-breakpoint
CREATE UNIQUE INDEX "certifications_sequence_idx" ON "certifications" USING btree ("carrier","year","sequence");--> statement-breakpoint
CREATE INDEX "change_reports_application_idx" ON "change_reports" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "integrity_findings_application_idx" ON "integrity_findings" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "integrity_findings_recorded_idx" ON "integrity_findings" USING btree ("recorded_at");--> statement-breakpoint
CREATE INDEX "deadline_actions_subject_idx" ON "deadline_actions" USING btree ("subject_id");--> statement-breakpoint
CREATE TRIGGER certification_announcements_append_only BEFORE UPDATE OR DELETE ON certification_announcements
  FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER certification_announcements_no_truncate BEFORE TRUNCATE ON certification_announcements
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER certifications_append_only BEFORE UPDATE OR DELETE ON certifications
  FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER certifications_no_truncate BEFORE TRUNCATE ON certifications
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER integrity_findings_append_only BEFORE UPDATE OR DELETE ON integrity_findings
  FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER integrity_findings_no_truncate BEFORE TRUNCATE ON integrity_findings
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
-- An entry's lifecycle facts now name the notice it is under (publicityNoticeId, ADR 0015). Entries under a 公示 when
-- this runs get the latest notice of their stage that lists them, so their objections and confirmation keep working.
UPDATE applications AS a
SET facts = a.facts || jsonb_build_object('publicityNoticeId', latest.notice_id::text)
FROM (
  SELECT DISTINCT ON (listed.application_id, n.stage) listed.application_id, n.stage, n.id AS notice_id
  FROM publicity_notices AS n
  CROSS JOIN LATERAL (SELECT (entry ->> 'applicationId')::uuid AS application_id FROM jsonb_array_elements(n.entries) AS entry) AS listed
  ORDER BY listed.application_id, n.stage, n.published_at DESC
) AS latest
WHERE latest.application_id = a.id
  AND a.state = latest.stage || '_publicity'
  AND NOT (a.facts ? 'publicityNoticeId');
