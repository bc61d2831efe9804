-- F7 item 1 (ADR 0018; 等保2.0 三级 8.1.4.3 安全审计 c: 审计记录应受到保护，避免受到未预期的删除、修改或覆盖):
-- every audit_log row is sealed into a SHA-256 hash chain (audit_chain) when its transaction commits, and the
-- application's database role may not change or remove either table.

-- The exact text that is hashed for one audit record: every column, in a fixed order, the time in UTC with
-- microseconds so neither the session time zone nor the server version changes it. Columns are named, so a column
-- added to audit_log later leaves the digests of older records unchanged (audit-chain.integration.test.ts checks
-- that every column is listed).
CREATE FUNCTION audit_digest_input(a audit_log) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_array(
    a.id,
    to_char(a.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    a.request_id,
    a.actor_user_id,
    a.actor_role,
    a.action,
    a.object_type,
    a.object_id,
    a.before,
    a.after,
    a.ip
  )::text
$$;
--> statement-breakpoint
-- Runs at COMMIT (deferred): the advisory lock is taken only then, so no lock is held while the business transaction
-- runs and the chain follows commit order. Under READ COMMITTED each statement below sees the links committed by
-- whoever held the lock before. SECURITY DEFINER so the application role needs no right to write audit_chain itself.
CREATE FUNCTION audit_chain_seal() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
  last_seq bigint;
  last_hash text;
  sealed audit_log;
BEGIN
  PERFORM pg_advisory_xact_lock(20260018001);
  SELECT seq, hash INTO last_seq, last_hash FROM audit_chain ORDER BY seq DESC LIMIT 1;
  last_seq := coalesce(last_seq, 0);
  last_hash := coalesce(last_hash, repeat('0', 64));
  SELECT * INTO STRICT sealed FROM audit_log WHERE id = NEW.id;
  INSERT INTO audit_chain (seq, audit_id, prev_hash, hash)
  VALUES (
    last_seq + 1,
    sealed.id,
    last_hash,
    encode(sha256(convert_to(last_hash || '|' || audit_digest_input(sealed), 'UTF8')), 'hex')
  );
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER audit_log_seal AFTER INSERT ON audit_log
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_chain_seal();
--> statement-breakpoint
CREATE FUNCTION audit_chain_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_chain is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_chain_append_only BEFORE UPDATE OR DELETE ON audit_chain
  FOR EACH ROW EXECUTE FUNCTION audit_chain_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
  FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_refuse_change();
--> statement-breakpoint
-- Backfill the records written before this migration, in id order. Writers wait (the table lock) so no record
-- commits between the backfill and the trigger taking over.
LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE;
--> statement-breakpoint
DO $$
DECLARE
  last_seq bigint := 0;
  last_hash text := repeat('0', 64);
  next_hash text;
  r audit_log;
BEGIN
  PERFORM pg_advisory_xact_lock(20260018001);
  FOR r IN SELECT * FROM audit_log ORDER BY id LOOP
    next_hash := encode(sha256(convert_to(last_hash || '|' || audit_digest_input(r), 'UTF8')), 'hex');
    last_seq := last_seq + 1;
    INSERT INTO audit_chain (seq, audit_id, prev_hash, hash) VALUES (last_seq, r.id, last_hash, next_hash);
    last_hash := next_hash;
  END LOOP;
END;
$$;
--> statement-breakpoint
-- The application's role (等保2.0 三级 8.1.4.2 访问控制 d: 最小权限). Roles are cluster-wide and several databases may
-- migrate at once on one server, so a concurrent creation is not an error.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'shifan_app') THEN
    CREATE ROLE shifan_app NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END;
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO shifan_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO shifan_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO shifan_app;
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, audit_chain FROM shifan_app;
--> statement-breakpoint
-- Links are written only by audit_chain_seal (SECURITY DEFINER): the application cannot forge one.
REVOKE INSERT ON audit_chain FROM shifan_app;
--> statement-breakpoint
-- Tables and sequences later migrations create get the same grants (the grants test fails otherwise).
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO shifan_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO shifan_app;
