-- One line for each thing a migration creates in the public schema (tables, columns, constraints,
-- indexes, views, functions, triggers, grants), in a fixed order, so two databases' schemas can be
-- compared line by line (MigrationLayoutIntegrationTests).
SELECT regexp_replace(line, '\s+', ' ', 'g') AS line FROM (
  SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' null=' || is_nullable
         || ' default=' || coalesce(column_default, '-') AS line
    FROM information_schema.columns WHERE table_schema = 'public'
  UNION ALL
  SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
    FROM pg_constraint WHERE connamespace = 'public'::regnamespace
  UNION ALL
  SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
  UNION ALL
  SELECT 'view ' || viewname || ' ' || md5(definition) FROM pg_views WHERE schemaname = 'public'
  UNION ALL
  SELECT 'function ' || p.oid::regprocedure || ' ' || md5(pg_get_functiondef(p.oid))
    FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.prokind = 'f'
  UNION ALL
  SELECT 'trigger ' || tgrelid::regclass || ' ' || pg_get_triggerdef(oid)
    FROM pg_trigger WHERE NOT tgisinternal
  UNION ALL
  SELECT 'grant ' || grantee || ' ' || table_name || ' ' || privilege_type
    FROM information_schema.role_table_grants
   WHERE table_schema = 'public' AND grantee NOT IN ('postgres', 'PUBLIC')
  UNION ALL
  SELECT 'routine grant ' || grantee || ' ' || routine_name || ' ' || privilege_type
    FROM information_schema.role_routine_grants
   WHERE routine_schema = 'public' AND grantee NOT IN ('postgres', 'PUBLIC')
) lines
ORDER BY line COLLATE "C";
