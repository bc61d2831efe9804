-- F7 item 2 (三员分立; 等保2.0 三级 8.1.4.2 访问控制, 8.1.5.2/8.1.5.3): an administrator role (sysadmin, secadmin,
-- auditadmin) is an account's only role. This is the backstop to the use case's check (role-separation.ts): a row
-- written any other way (a script, a console) is refused too. SQLSTATE 23514 (check_violation) with the
-- constraint name role_assignments_admin_separation lets the repository tell it apart.
CREATE OR REPLACE FUNCTION refuse_mixed_admin_role() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Lock the account so two grants for the same user at once are checked one after the other.
  PERFORM 1 FROM users WHERE id = NEW.user_id FOR UPDATE;
  IF NEW.role IN ('sysadmin', 'secadmin', 'auditadmin') THEN
    IF EXISTS (SELECT 1 FROM role_assignments WHERE user_id = NEW.user_id AND id <> NEW.id) THEN
      RAISE EXCEPTION 'role_assignments_admin_separation: an administrator role must be the account''s only role'
        USING ERRCODE = '23514', CONSTRAINT = 'role_assignments_admin_separation';
    END IF;
  ELSIF EXISTS (
    SELECT 1 FROM role_assignments
    WHERE user_id = NEW.user_id AND id <> NEW.id AND role IN ('sysadmin', 'secadmin', 'auditadmin')
  ) THEN
    RAISE EXCEPTION 'role_assignments_admin_separation: an administrator account holds no other role'
      USING ERRCODE = '23514', CONSTRAINT = 'role_assignments_admin_separation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER role_assignments_admin_separation BEFORE INSERT OR UPDATE ON role_assignments
  FOR EACH ROW EXECUTE FUNCTION refuse_mixed_admin_role();
