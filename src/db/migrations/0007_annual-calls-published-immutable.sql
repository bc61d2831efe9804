-- Annual calls (ADR 0011): a draft may be edited in place and published once; a published call never changes,
-- and no call is ever removed (DESIGN §5). The application checks this too; the trigger makes it hold for any
-- client of the database.
CREATE FUNCTION annual_calls_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.status = 'draft' THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'annual_calls: a published call cannot be changed and no call can be deleted' USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER annual_calls_published_immutable BEFORE UPDATE OR DELETE ON annual_calls
  FOR EACH ROW EXECUTE FUNCTION annual_calls_guard();
--> statement-breakpoint
CREATE TRIGGER annual_calls_no_truncate BEFORE TRUNCATE ON annual_calls
  FOR EACH STATEMENT EXECUTE FUNCTION annual_calls_guard();
