CREATE TABLE "application_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"from_state" text NOT NULL,
	"event" text NOT NULL,
	"to_state" text NOT NULL,
	"actor_user_id" uuid,
	"actor_role" text NOT NULL,
	"reason" text,
	"is_reason_public" boolean DEFAULT false NOT NULL,
	"effects" jsonb NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_materials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_id" uuid NOT NULL,
	"added_by" uuid,
	"added_at" timestamp with time zone NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "application_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"content_sha256" varchar(64) NOT NULL,
	"document_file_id" uuid,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"city_code" varchar(6) NOT NULL,
	"application_number" text,
	"name" text DEFAULT '' NOT NULL,
	"carrier" text NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"facts" jsonb NOT NULL,
	"content" jsonb NOT NULL,
	"standard_version" text NOT NULL,
	"submitted_version" integer DEFAULT 0 NOT NULL,
	"lock_version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "applications_application_number_unique" UNIQUE("application_number"),
	CONSTRAINT "applications_state" CHECK ("applications"."state" IN ('draft', 'submitted', 'returned_for_revision', 'city_rejected', 'recommended', 'province_rejected', 'shortlisted', 'creation_publicity', 'withdrawn', 'creating', 'acceptance_submitted', 'acceptance_review', 'certification_shortlisted', 'certification_publicity', 'exited', 'creation_cancelled', 'certified', 're_review', 'rectifying', 'revoked')),
	CONSTRAINT "applications_carrier" CHECK ("applications"."carrier" IN ('platform', 'base'))
);
--> statement-breakpoint
CREATE TABLE "formal_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"is_passed" boolean NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"checked_by" uuid,
	"checked_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expert_avoidances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"expert_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"declared_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expert_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"declaration" text,
	"declaration_note" text,
	"declared_at" timestamp with time zone,
	"scores" jsonb,
	"comments" jsonb,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "expert_reviews_declaration" CHECK ("expert_reviews"."declaration" IS NULL OR "expert_reviews"."declaration" IN ('none', 'conflicted')),
	CONSTRAINT "expert_reviews_scores_after_declaration" CHECK ("expert_reviews"."scores" IS NULL OR "expert_reviews"."declaration" = 'none')
);
--> statement-breakpoint
CREATE TABLE "experts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"field" text NOT NULL,
	"employer" text NOT NULL,
	"employer_credit_code" varchar(18),
	"city_code" varchar(6) NOT NULL,
	"term_starts_on" date NOT NULL,
	"term_ends_on" date NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "experts_user_id_unique" UNIQUE("user_id"),
	CONSTRAINT "experts_term_in_order" CHECK ("experts"."term_starts_on" <= "experts"."term_ends_on")
);
--> statement-breakpoint
CREATE TABLE "review_group_applications" (
	"group_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	CONSTRAINT "review_group_applications_application_id_unique" UNIQUE("application_id")
);
--> statement-breakpoint
CREATE TABLE "review_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"name" text NOT NULL,
	"expert_count" integer NOT NULL,
	"seed" text,
	"draw_record" jsonb,
	"drawn_by" uuid,
	"drawn_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "review_groups_expert_count" CHECK ("review_groups"."expert_count" BETWEEN 1 AND 50)
);
--> statement-breakpoint
CREATE TABLE "objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notice_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"receipt_number" text NOT NULL,
	"objector_name" text NOT NULL,
	"objector_phone" text NOT NULL,
	"objector_email" text,
	"objector_organisation" text,
	"facts" text NOT NULL,
	"attachment_file_ids" jsonb NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"investigation" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	CONSTRAINT "objections_receipt_number_unique" UNIQUE("receipt_number"),
	CONSTRAINT "objections_status" CHECK ("objections"."status" IN ('received', 'upheld', 'unfounded')),
	CONSTRAINT "objections_decided" CHECK (("objections"."status" = 'received') = ("objections"."decided_at" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "publicity_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid,
	"stage" text NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"published_on" date NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"handling_due_on" date NOT NULL,
	"entries" jsonb NOT NULL,
	"document_file_id" uuid,
	"published_by" uuid,
	"published_at" timestamp with time zone NOT NULL,
	CONSTRAINT "publicity_notices_stage" CHECK ("publicity_notices"."stage" IN ('creation', 'certification')),
	CONSTRAINT "publicity_notices_window" CHECK ("publicity_notices"."starts_on" <= "publicity_notices"."ends_on" AND "publicity_notices"."ends_on" <= "publicity_notices"."handling_due_on")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_materials" ADD CONSTRAINT "application_materials_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_materials" ADD CONSTRAINT "application_materials_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_materials" ADD CONSTRAINT "application_materials_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_versions" ADD CONSTRAINT "application_versions_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_versions" ADD CONSTRAINT "application_versions_document_file_id_files_id_fk" FOREIGN KEY ("document_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_versions" ADD CONSTRAINT "application_versions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_call_id_annual_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."annual_calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "formal_checks" ADD CONSTRAINT "formal_checks_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "formal_checks" ADD CONSTRAINT "formal_checks_checked_by_users_id_fk" FOREIGN KEY ("checked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_avoidances" ADD CONSTRAINT "expert_avoidances_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_avoidances" ADD CONSTRAINT "expert_avoidances_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_reviews" ADD CONSTRAINT "expert_reviews_group_id_review_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."review_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_reviews" ADD CONSTRAINT "expert_reviews_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_reviews" ADD CONSTRAINT "expert_reviews_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experts" ADD CONSTRAINT "experts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_group_applications" ADD CONSTRAINT "review_group_applications_group_id_review_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."review_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_group_applications" ADD CONSTRAINT "review_group_applications_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_groups" ADD CONSTRAINT "review_groups_call_id_annual_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."annual_calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_groups" ADD CONSTRAINT "review_groups_drawn_by_users_id_fk" FOREIGN KEY ("drawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_groups" ADD CONSTRAINT "review_groups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_notice_id_publicity_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."publicity_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publicity_notices" ADD CONSTRAINT "publicity_notices_call_id_annual_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."annual_calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publicity_notices" ADD CONSTRAINT "publicity_notices_document_file_id_files_id_fk" FOREIGN KEY ("document_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publicity_notices" ADD CONSTRAINT "publicity_notices_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_events_application_idx" ON "application_events" USING btree ("application_id","occurred_at");--> statement-breakpoint
CREATE INDEX "application_materials_application_idx" ON "application_materials" USING btree ("application_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "application_versions_unique" ON "application_versions" USING btree ("application_id","version");--> statement-breakpoint
CREATE INDEX "applications_call_state_idx" ON "applications" USING btree ("call_id","state");--> statement-breakpoint
CREATE INDEX "applications_city_idx" ON "applications" USING btree ("city_code","state");--> statement-breakpoint
CREATE INDEX "applications_organisation_idx" ON "applications" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "formal_checks_application_idx" ON "formal_checks" USING btree ("application_id","checked_at");--> statement-breakpoint
CREATE UNIQUE INDEX "expert_avoidances_unique" ON "expert_avoidances" USING btree ("expert_id","organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "expert_reviews_unique" ON "expert_reviews" USING btree ("application_id","expert_id");--> statement-breakpoint
CREATE INDEX "expert_reviews_expert_idx" ON "expert_reviews" USING btree ("expert_id");--> statement-breakpoint
CREATE INDEX "review_group_applications_group_idx" ON "review_group_applications" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "objections_notice_idx" ON "objections" USING btree ("notice_id","status");--> statement-breakpoint
CREATE INDEX "objections_application_idx" ON "objections" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "publicity_notices_published_idx" ON "publicity_notices" USING btree ("published_on");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");