CREATE TABLE "calendar_years" (
	"year" integer NOT NULL,
	"version" integer NOT NULL,
	"holidays" jsonb NOT NULL,
	"workdays" jsonb NOT NULL,
	"source" text NOT NULL,
	"note" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_years_year_version_pk" PRIMARY KEY("year","version"),
	CONSTRAINT "calendar_years_year_range" CHECK ("calendar_years"."year" BETWEEN 1949 AND 2200),
	CONSTRAINT "calendar_years_version_positive" CHECK ("calendar_years"."version" >= 1),
	CONSTRAINT "calendar_years_dates_are_arrays" CHECK (jsonb_typeof("calendar_years"."holidays") = 'array' AND jsonb_typeof("calendar_years"."workdays") = 'array')
);
--> statement-breakpoint
ALTER TABLE "calendar_years" ADD CONSTRAINT "calendar_years_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;