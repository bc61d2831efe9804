CREATE TABLE "api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"label" text NOT NULL,
	"key_prefix" varchar(16) NOT NULL,
	"key_sha256" varchar(64) NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "api_keys_key_prefix_unique" UNIQUE("key_prefix"),
	CONSTRAINT "api_keys_key_sha256_unique" UNIQUE("key_sha256")
);
--> statement-breakpoint
CREATE TABLE "base_enterprises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"import_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"credit_code" varchar(18) NOT NULL,
	"name" text NOT NULL,
	"industry_code" varchar(5) NOT NULL,
	"revenue" numeric NOT NULL,
	"rd_spending" numeric NOT NULL,
	"invention_patents" integer NOT NULL,
	"quality_category" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "base_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"import_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"leading_industry" text NOT NULL,
	"leading_industry_codes" text[] NOT NULL,
	"land_area" numeric NOT NULL,
	"employees" integer NOT NULL,
	"has_incubator" boolean NOT NULL,
	"has_tech_platform" boolean NOT NULL,
	"has_industry_fund" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "data_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"dataset" text NOT NULL,
	"source" text NOT NULL,
	"file_name" text,
	"file_sha256" varchar(64),
	"total_rows" integer NOT NULL,
	"accepted_rows" integer NOT NULL,
	"duplicate_rows" integer NOT NULL,
	"rejected_rows" integer NOT NULL,
	"rejected_by_column" jsonb NOT NULL,
	"error_report_file_id" uuid,
	"api_key_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "data_imports_source" CHECK ("data_imports"."source" IN ('file', 'api', 'form'))
);
--> statement-breakpoint
CREATE TABLE "entry_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"import_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"mobile_type" text,
	"address" text NOT NULL,
	"registration_minutes" numeric,
	"as_of" date NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "entry_points_kind" CHECK ("entry_points"."kind" IN ('pc', 'mobile'))
);
--> statement-breakpoint
CREATE TABLE "library_counts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"import_id" uuid NOT NULL,
	"library" text NOT NULL,
	"as_of" date NOT NULL,
	"count" integer NOT NULL,
	"has_policy_push" boolean,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "library_counts_library" CHECK ("library_counts"."library" IN ('sme', 'policy', 'organisation', 'product')),
	CONSTRAINT "library_counts_count" CHECK ("library_counts"."count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "progress_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"half_year" integer NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"narrative" text NOT NULL,
	"goal_progress" jsonb NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"city_comment" text,
	"city_commented_by" uuid,
	"city_commented_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "resource_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"import_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"identifier" text NOT NULL,
	"name" text NOT NULL,
	"field" text NOT NULL,
	"agreement_starts_on" date NOT NULL,
	"agreement_ends_on" date,
	"agreement_file_id" uuid,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resource_entries_kind" CHECK ("resource_entries"."kind" IN ('organisation', 'expert'))
);
--> statement-breakpoint
CREATE TABLE "service_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"import_id" uuid NOT NULL,
	"event_key" bigint NOT NULL,
	"external_id" text,
	"event_date" date NOT NULL,
	"topic" text NOT NULL,
	"participant_codes" text[] NOT NULL,
	"participant_count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_record_voids" (
	"record_id" bigint PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"voided_by" uuid,
	"voided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_records" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"import_id" uuid NOT NULL,
	"record_key" bigint NOT NULL,
	"external_id" text,
	"credit_code" varchar(18) NOT NULL,
	"enterprise_name" text NOT NULL,
	"division_code" varchar(12) NOT NULL,
	"service_item" text NOT NULL,
	"service_date" date NOT NULL,
	"channel" text NOT NULL,
	"satisfaction" smallint,
	CONSTRAINT "service_records_channel" CHECK ("service_records"."channel" IN ('online', 'offline')),
	CONSTRAINT "service_records_satisfaction" CHECK ("service_records"."satisfaction" IS NULL OR "service_records"."satisfaction" BETWEEN 1 AND 5)
);
--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "base_enterprises" ADD CONSTRAINT "base_enterprises_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "base_enterprises" ADD CONSTRAINT "base_enterprises_import_id_data_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."data_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "base_profiles" ADD CONSTRAINT "base_profiles_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "base_profiles" ADD CONSTRAINT "base_profiles_import_id_data_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."data_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_imports" ADD CONSTRAINT "data_imports_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_imports" ADD CONSTRAINT "data_imports_error_report_file_id_files_id_fk" FOREIGN KEY ("error_report_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_imports" ADD CONSTRAINT "data_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entry_points" ADD CONSTRAINT "entry_points_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entry_points" ADD CONSTRAINT "entry_points_import_id_data_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."data_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_counts" ADD CONSTRAINT "library_counts_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_counts" ADD CONSTRAINT "library_counts_import_id_data_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."data_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_city_commented_by_users_id_fk" FOREIGN KEY ("city_commented_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_entries" ADD CONSTRAINT "resource_entries_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_entries" ADD CONSTRAINT "resource_entries_import_id_data_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."data_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_entries" ADD CONSTRAINT "resource_entries_agreement_file_id_files_id_fk" FOREIGN KEY ("agreement_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_events" ADD CONSTRAINT "service_events_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_events" ADD CONSTRAINT "service_events_import_id_data_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."data_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_record_voids" ADD CONSTRAINT "service_record_voids_record_id_service_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."service_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_record_voids" ADD CONSTRAINT "service_record_voids_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_record_voids" ADD CONSTRAINT "service_record_voids_voided_by_users_id_fk" FOREIGN KEY ("voided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_records" ADD CONSTRAINT "service_records_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_records" ADD CONSTRAINT "service_records_import_id_data_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."data_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_keys_application_idx" ON "api_keys" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "base_enterprises_key_idx" ON "base_enterprises" USING btree ("application_id","year","credit_code","created_at");--> statement-breakpoint
CREATE INDEX "base_profiles_key_idx" ON "base_profiles" USING btree ("application_id","year","created_at");--> statement-breakpoint
CREATE INDEX "data_imports_application_idx" ON "data_imports" USING btree ("application_id","created_at");--> statement-breakpoint
CREATE INDEX "entry_points_key_idx" ON "entry_points" USING btree ("application_id","kind","address","created_at");--> statement-breakpoint
CREATE INDEX "library_counts_key_idx" ON "library_counts" USING btree ("application_id","library","as_of","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "progress_reports_half_idx" ON "progress_reports" USING btree ("application_id","half_year");--> statement-breakpoint
CREATE INDEX "resource_entries_key_idx" ON "resource_entries" USING btree ("application_id","kind","identifier","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "service_events_key_idx" ON "service_events" USING btree ("application_id","event_key");--> statement-breakpoint
CREATE INDEX "service_events_date_idx" ON "service_events" USING btree ("application_id","event_date");--> statement-breakpoint
CREATE UNIQUE INDEX "service_records_key_idx" ON "service_records" USING btree ("application_id","record_key");--> statement-breakpoint
CREATE INDEX "service_records_date_idx" ON "service_records" USING btree ("application_id","service_date");