-- Records that are history, not working state, are append-only (DESIGN §5: data are never deleted; decisions are
-- superseded, not edited): submitted application versions, the application history, published 公示 notices.
-- One shared function names the table in its message.
CREATE FUNCTION refuse_change_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER application_versions_append_only BEFORE UPDATE OR DELETE ON application_versions
  FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER application_versions_no_truncate BEFORE TRUNCATE ON application_versions
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER application_events_append_only BEFORE UPDATE OR DELETE ON application_events
  FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER application_events_no_truncate BEFORE TRUNCATE ON application_events
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER publicity_notices_append_only BEFORE UPDATE OR DELETE ON publicity_notices
  FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
--> statement-breakpoint
CREATE TRIGGER publicity_notices_no_truncate BEFORE TRUNCATE ON publicity_notices
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_append_only();
