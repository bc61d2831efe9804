CREATE TABLE "integrity_finding_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"finding_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"added_by" uuid,
	"added_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "obligation_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"category" text,
	"title" text NOT NULL,
	"organiser" text NOT NULL,
	"held_on" date NOT NULL,
	"participants" integer,
	"description" text NOT NULL,
	"evidence_file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	"voided_by" uuid,
	"voided_at" timestamp with time zone,
	"void_reason" text,
	CONSTRAINT "obligation_records_kind" CHECK ("obligation_records"."kind" IN ('government_activity', 'sharing_activity')),
	CONSTRAINT "obligation_records_category" CHECK (("obligation_records"."kind" = 'government_activity' AND "obligation_records"."category" IS NULL) OR ("obligation_records"."kind" = 'sharing_activity' AND "obligation_records"."category" IN ('resource_sharing', 'technical_guidance', 'training', 'experience_sharing'))),
	CONSTRAINT "obligation_records_participants" CHECK ("obligation_records"."participants" IS NULL OR "obligation_records"."participants" >= 0),
	CONSTRAINT "obligation_records_void" CHECK (("obligation_records"."voided_at" IS NULL) = ("obligation_records"."void_reason" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "re_review_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"opens_on" date NOT NULL,
	"report_due_on" date NOT NULL,
	"city_due_on" date NOT NULL,
	"opened_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "re_review_rounds_dates" CHECK ("re_review_rounds"."report_due_on" >= "re_review_rounds"."opens_on" AND "re_review_rounds"."city_due_on" >= "re_review_rounds"."report_due_on")
);
--> statement-breakpoint
CREATE TABLE "re_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"sequence" integer NOT NULL,
	"is_after_rectification" boolean NOT NULL,
	"window_starts_on" date NOT NULL,
	"window_ends_on" date NOT NULL,
	"report" text DEFAULT '' NOT NULL,
	"report_file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"snapshot" jsonb,
	"city_opinion" text,
	"city_comment" text,
	"assessed_by" uuid,
	"assessed_at" timestamp with time zone,
	"outcome" text,
	"outcome_reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "re_reviews_window" CHECK ("re_reviews"."window_ends_on" >= "re_reviews"."window_starts_on"),
	CONSTRAINT "re_reviews_city_opinion" CHECK ("re_reviews"."city_opinion" IS NULL OR "re_reviews"."city_opinion" IN ('pass', 'fail')),
	CONSTRAINT "re_reviews_outcome" CHECK ("re_reviews"."outcome" IS NULL OR "re_reviews"."outcome" IN ('passed', 'failed')),
	CONSTRAINT "re_reviews_decided" CHECK (("re_reviews"."outcome" IS NULL) = ("re_reviews"."decided_at" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "integrity_finding_files" ADD CONSTRAINT "integrity_finding_files_finding_id_integrity_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."integrity_findings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_finding_files" ADD CONSTRAINT "integrity_finding_files_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_finding_files" ADD CONSTRAINT "integrity_finding_files_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obligation_records" ADD CONSTRAINT "obligation_records_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obligation_records" ADD CONSTRAINT "obligation_records_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obligation_records" ADD CONSTRAINT "obligation_records_voided_by_users_id_fk" FOREIGN KEY ("voided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "re_review_rounds" ADD CONSTRAINT "re_review_rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "re_reviews" ADD CONSTRAINT "re_reviews_round_id_re_review_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."re_review_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "re_reviews" ADD CONSTRAINT "re_reviews_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "re_reviews" ADD CONSTRAINT "re_reviews_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "re_reviews" ADD CONSTRAINT "re_reviews_assessed_by_users_id_fk" FOREIGN KEY ("assessed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "re_reviews" ADD CONSTRAINT "re_reviews_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "integrity_finding_files_unique" ON "integrity_finding_files" USING btree ("finding_id","file_id");--> statement-breakpoint
CREATE INDEX "obligation_records_application_idx" ON "obligation_records" USING btree ("application_id","held_on");--> statement-breakpoint
CREATE INDEX "re_review_rounds_opens_idx" ON "re_review_rounds" USING btree ("opens_on");--> statement-breakpoint
CREATE UNIQUE INDEX "re_reviews_sequence_idx" ON "re_reviews" USING btree ("application_id","sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "re_reviews_round_idx" ON "re_reviews" USING btree ("round_id","application_id");--> statement-breakpoint
ALTER TABLE "integrity_findings" DROP COLUMN "evidence_file_ids";
--> statement-breakpoint
-- Re-reviews and Art. 14 records are filled in phases (guarded updates) but never deleted (ADR 0016).
CREATE OR REPLACE FUNCTION refuse_delete_re_review() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are never deleted', TG_TABLE_NAME;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER re_reviews_no_delete BEFORE DELETE ON re_reviews FOR EACH ROW EXECUTE FUNCTION refuse_delete_re_review();
--> statement-breakpoint
CREATE TRIGGER re_review_rounds_no_delete BEFORE DELETE ON re_review_rounds FOR EACH ROW EXECUTE FUNCTION refuse_delete_re_review();
--> statement-breakpoint
CREATE TRIGGER obligation_records_no_delete BEFORE DELETE ON obligation_records FOR EACH ROW EXECUTE FUNCTION refuse_delete_re_review();
--> statement-breakpoint
CREATE TRIGGER integrity_finding_files_append_only BEFORE UPDATE OR DELETE ON integrity_finding_files
  FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
-- Certified entries get the day their first re-review falls due (reReviewDueOn, ADR 0016): 2 years after certification.
UPDATE applications AS a
SET facts = a.facts || jsonb_build_object('reReviewDueOn', to_char(c.certified_on + interval '2 years', 'YYYY-MM-DD'))
FROM certifications AS c
WHERE c.application_id = a.id
  AND a.state = 'certified'
  AND NOT (a.facts ? 'reReviewDueOn');
