-- Creation-period data are never edited or deleted (DESIGN §5): corrections and withdrawals are new rows.
-- data_imports is not here: an import's row is written first (records point to it) and its counts are filled in
-- once, in the same transaction, when the import finishes.
CREATE TRIGGER service_records_append_only BEFORE UPDATE OR DELETE ON service_records
  FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER service_records_no_truncate BEFORE TRUNCATE ON service_records
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER service_record_voids_append_only BEFORE UPDATE OR DELETE ON service_record_voids
  FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER service_record_voids_no_truncate BEFORE TRUNCATE ON service_record_voids
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER service_events_append_only BEFORE UPDATE OR DELETE ON service_events
  FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER service_events_no_truncate BEFORE TRUNCATE ON service_events
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER resource_entries_append_only BEFORE UPDATE OR DELETE ON resource_entries
  FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER resource_entries_no_truncate BEFORE TRUNCATE ON resource_entries
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER library_counts_append_only BEFORE UPDATE OR DELETE ON library_counts
  FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER library_counts_no_truncate BEFORE TRUNCATE ON library_counts
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER entry_points_append_only BEFORE UPDATE OR DELETE ON entry_points
  FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER entry_points_no_truncate BEFORE TRUNCATE ON entry_points
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER base_enterprises_append_only BEFORE UPDATE OR DELETE ON base_enterprises
  FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER base_enterprises_no_truncate BEFORE TRUNCATE ON base_enterprises
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER base_profiles_append_only BEFORE UPDATE OR DELETE ON base_profiles
  FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER base_profiles_no_truncate BEFORE TRUNCATE ON base_profiles
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_append_only();
