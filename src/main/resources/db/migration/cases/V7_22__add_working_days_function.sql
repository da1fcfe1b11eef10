-- p_days working days (Monday to Friday) after p_start, as Java's WorkingDays.after counts them,
-- so that work lists can compute due dates inside their queries. Bank holidays are not counted.
CREATE FUNCTION add_working_days(p_start DATE, p_days INT)
    RETURNS DATE
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT CASE WHEN p_days <= 0 THEN p_start
           ELSE f + (p_days / 5) * 7 + (p_days % 5)
                  + CASE WHEN extract(isodow FROM f)::int + p_days % 5 > 5 THEN 2 ELSE 0 END
           END
      FROM (SELECT CASE WHEN extract(isodow FROM p_start) > 5
                        THEN p_start - (extract(isodow FROM p_start)::int - 5)
                        ELSE p_start END AS f) s
$$;
