CREATE TABLE "annual_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"creation_quota" integer NOT NULL,
	"city_caps" jsonb NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"city_review_deadline" date NOT NULL,
	"standard_version" text NOT NULL,
	"criterion_weights" jsonb NOT NULL,
	"max_score" integer NOT NULL,
	"copied_from_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone,
	CONSTRAINT "annual_calls_status" CHECK ("annual_calls"."status" IN ('draft', 'published')),
	CONSTRAINT "annual_calls_year_range" CHECK ("annual_calls"."year" BETWEEN 2000 AND 2100),
	CONSTRAINT "annual_calls_quota_positive" CHECK ("annual_calls"."creation_quota" >= 1),
	CONSTRAINT "annual_calls_max_score_range" CHECK ("annual_calls"."max_score" BETWEEN 1 AND 100),
	CONSTRAINT "annual_calls_dates_in_order" CHECK ("annual_calls"."opens_on" <= "annual_calls"."closes_on" AND "annual_calls"."closes_on" < "annual_calls"."city_review_deadline"),
	CONSTRAINT "annual_calls_published_stamped" CHECK (("annual_calls"."status" = 'published') = ("annual_calls"."published_at" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "annual_calls" ADD CONSTRAINT "annual_calls_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_calls" ADD CONSTRAINT "annual_calls_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "annual_calls_one_published_per_year" ON "annual_calls" USING btree ("year") WHERE "annual_calls"."status" = 'published';--> statement-breakpoint
CREATE INDEX "annual_calls_year_idx" ON "annual_calls" USING btree ("year");