CREATE TABLE "national_tier_rows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"upload_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"name" text NOT NULL,
	"operator_name" text NOT NULL,
	"credit_code" text NOT NULL,
	"carrier" text,
	"city_text" text,
	"batch_text" text,
	"outcome" text NOT NULL,
	"entry_id" uuid,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"is_resolved_manually" boolean DEFAULT false NOT NULL,
	CONSTRAINT "national_tier_rows_outcome" CHECK ("national_tier_rows"."outcome" IN ('marked', 'already_national', 'not_certified', 'ambiguous', 'unmatched', 'manually_matched', 'created', 'dismissed'))
);
--> statement-breakpoint
CREATE TABLE "national_tier_uploads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"title" text NOT NULL,
	"row_count" integer NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"application_id" uuid,
	"name" text NOT NULL,
	"operator_name" text NOT NULL,
	"operator_credit_code" varchar(18),
	"carrier" text NOT NULL,
	"platform_kind" text,
	"city_code" varchar(6) NOT NULL,
	"county_code" varchar(9) NOT NULL,
	"is_provincial" boolean NOT NULL,
	"is_national" boolean DEFAULT false NOT NULL,
	"batch_year" integer,
	"status" text NOT NULL,
	"status_detail" text,
	"certificate_number" text,
	"certified_on" date,
	"service_items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"public_phone" text,
	"website" text,
	"former_names" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"search_text" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "registry_entries_application_id_unique" UNIQUE("application_id"),
	CONSTRAINT "registry_entries_source" CHECK ("registry_entries"."source" IN ('programme', 'legacy', 'miit')),
	CONSTRAINT "registry_entries_status" CHECK ("registry_entries"."status" IN ('creating', 'certified', 'rectifying', 'revoked', 'exited')),
	CONSTRAINT "registry_entries_carrier" CHECK ("registry_entries"."carrier" IN ('platform', 'base')),
	CONSTRAINT "registry_entries_programme_has_application" CHECK (("registry_entries"."source" = 'programme') = ("registry_entries"."application_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "registry_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"occurred_on" date NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"public_reason" text,
	"application_event_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "registry_history_application_event_id_unique" UNIQUE("application_event_id")
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "public_phone" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "website" text;--> statement-breakpoint
ALTER TABLE "national_tier_rows" ADD CONSTRAINT "national_tier_rows_upload_id_national_tier_uploads_id_fk" FOREIGN KEY ("upload_id") REFERENCES "public"."national_tier_uploads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "national_tier_rows" ADD CONSTRAINT "national_tier_rows_entry_id_registry_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."registry_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "national_tier_rows" ADD CONSTRAINT "national_tier_rows_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "national_tier_uploads" ADD CONSTRAINT "national_tier_uploads_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "national_tier_uploads" ADD CONSTRAINT "national_tier_uploads_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_entries" ADD CONSTRAINT "registry_entries_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_history" ADD CONSTRAINT "registry_history_entry_id_registry_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."registry_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "national_tier_rows_unique" ON "national_tier_rows" USING btree ("upload_id","row_number");--> statement-breakpoint
CREATE INDEX "registry_entries_order_idx" ON "registry_entries" USING btree ("city_code" COLLATE "C","county_code" COLLATE "C","name" COLLATE "C","id");--> statement-breakpoint
CREATE INDEX "registry_entries_status_idx" ON "registry_entries" USING btree ("status");--> statement-breakpoint
CREATE INDEX "registry_entries_year_idx" ON "registry_entries" USING btree ("batch_year");--> statement-breakpoint
CREATE INDEX "registry_entries_credit_code_idx" ON "registry_entries" USING btree ("operator_credit_code");--> statement-breakpoint
CREATE INDEX "registry_history_entry_idx" ON "registry_history" USING btree ("entry_id","occurred_on");
--> statement-breakpoint
-- ADR 0017: the registry's version is the count of these rows; they are never changed or removed.
CREATE TRIGGER registry_changes_append_only BEFORE UPDATE OR DELETE ON registry_changes
  FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
-- The public history of an entry is history: append-only (DESIGN §5).
CREATE TRIGGER registry_history_append_only BEFORE UPDATE OR DELETE ON registry_history
  FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER registry_history_no_truncate BEFORE TRUNCATE ON registry_history
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
-- Entries change status but never disappear: a revoked platform keeps its page (F5, DESIGN §5).
CREATE TRIGGER registry_entries_no_delete BEFORE DELETE ON registry_entries
  FOR EACH ROW EXECUTE FUNCTION refuse_delete_re_review();
--> statement-breakpoint
CREATE TRIGGER national_tier_uploads_append_only BEFORE UPDATE OR DELETE ON national_tier_uploads
  FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER national_tier_rows_no_delete BEFORE DELETE ON national_tier_rows
  FOR EACH ROW EXECUTE FUNCTION refuse_delete_re_review();
--> statement-breakpoint
-- Before the re-review work, a decision that records and then publishes its reason (reject_by_province during a 公示)
-- stored is_reason_public = false; notices, the registry history and /revocations read only the column now.
ALTER TABLE application_events DISABLE TRIGGER application_events_append_only;
--> statement-breakpoint
UPDATE application_events SET is_reason_public = true
 WHERE NOT is_reason_public AND effects @> '[{"kind":"reason_recorded","isPublic":true}]'::jsonb;
--> statement-breakpoint
ALTER TABLE application_events ENABLE TRIGGER application_events_append_only;
