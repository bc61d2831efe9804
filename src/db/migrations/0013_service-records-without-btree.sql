CREATE SEQUENCE "public"."service_record_import_serial" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1048576 CACHE 1;--> statement-breakpoint
ALTER TABLE "service_record_voids" DROP CONSTRAINT "service_record_voids_record_id_service_records_id_fk";
--> statement-breakpoint
ALTER TABLE "service_records" DROP CONSTRAINT "service_records_pkey";--> statement-breakpoint
CREATE INDEX "service_records_id_brin" ON "service_records" USING brin ("id");
