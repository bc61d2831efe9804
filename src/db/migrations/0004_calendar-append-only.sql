-- Holiday schedules are versioned rule data, immutable once published (DESIGN §3, §5): a correction is a new
-- version, so no row may be changed or removed.
CREATE FUNCTION calendar_years_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'calendar_years is append-only: publish a new version instead' USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER calendar_years_append_only BEFORE UPDATE OR DELETE ON calendar_years
  FOR EACH ROW EXECUTE FUNCTION calendar_years_refuse_change();
--> statement-breakpoint
CREATE TRIGGER calendar_years_no_truncate BEFORE TRUNCATE ON calendar_years
  FOR EACH STATEMENT EXECUTE FUNCTION calendar_years_refuse_change();
