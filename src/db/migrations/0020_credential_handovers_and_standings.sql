CREATE TABLE "credential_handovers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"second_half_sealed" text,
	"requested_by" uuid,
	"requested_at" timestamp with time zone NOT NULL,
	"issued_by" uuid,
	"issued_at" timestamp with time zone,
	"superseded_at" timestamp with time zone,
	CONSTRAINT "credential_handovers_kind" CHECK ("credential_handovers"."kind" IN ('created', 'reset'))
);
--> statement-breakpoint
CREATE TABLE "indicator_standings" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"standard_version" text NOT NULL,
	"window_starts_on" date NOT NULL,
	"window_ends_on" date NOT NULL,
	"indicators" jsonb NOT NULL,
	"is_creation_met" boolean NOT NULL,
	"is_certification_met" boolean NOT NULL,
	"is_stale" boolean DEFAULT false NOT NULL,
	"data_changed_at" timestamp with time zone,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "credential_handovers" ADD CONSTRAINT "credential_handovers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_handovers" ADD CONSTRAINT "credential_handovers_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_handovers" ADD CONSTRAINT "credential_handovers_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_standings" ADD CONSTRAINT "indicator_standings_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "credential_handovers_user_idx" ON "credential_handovers" USING btree ("user_id","requested_at");--> statement-breakpoint
CREATE INDEX "credential_handovers_pending_idx" ON "credential_handovers" USING btree ("requested_at") WHERE "credential_handovers"."issued_at" IS NULL AND "credential_handovers"."superseded_at" IS NULL;--> statement-breakpoint
CREATE INDEX "indicator_standings_stale_idx" ON "indicator_standings" USING btree ("is_stale");