CREATE TABLE "service_event_voids" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"voided_by" uuid,
	"voided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "service_records" DROP CONSTRAINT "service_records_application_id_applications_id_fk";
--> statement-breakpoint
ALTER TABLE "service_records" DROP CONSTRAINT "service_records_import_id_data_imports_id_fk";
--> statement-breakpoint
DROP INDEX "service_records_key_idx";--> statement-breakpoint
DROP INDEX "service_records_date_idx";--> statement-breakpoint
ALTER TABLE "base_enterprises" ADD COLUMN "is_resident" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "service_event_voids" ADD CONSTRAINT "service_event_voids_event_id_service_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."service_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_event_voids" ADD CONSTRAINT "service_event_voids_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_event_voids" ADD CONSTRAINT "service_event_voids_voided_by_users_id_fk" FOREIGN KEY ("voided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_records_application_brin" ON "service_records" USING brin ("application_id");--> statement-breakpoint
CREATE TRIGGER service_event_voids_append_only BEFORE UPDATE OR DELETE ON service_event_voids
  FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER service_event_voids_no_truncate BEFORE TRUNCATE ON service_event_voids
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_append_only();
