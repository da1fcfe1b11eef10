-- Who may change a child's case: a narrower rule than who may see it (visible_child_ids).
-- (a) in the team around the child, (b) manages someone in the team, (c) unexpired break-glass.
-- A screening officer's access while a concern awaits screening is for reading only.
-- Administrators and inactive users may change none. only_by_break_glass is true when
-- break-glass is the user's only ground, so that the change can be audited as such.
CREATE FUNCTION changeable_child_ids(p_user UUID)
    RETURNS TABLE (child_id UUID, only_by_break_glass BOOLEAN)
    LANGUAGE sql STABLE
AS $$
    SELECT v.child_id, bool_and(v.by_break_glass) FROM (
        SELECT tm.child_id, FALSE AS by_break_glass FROM team_member tm WHERE tm.user_id = p_user
        UNION ALL
        SELECT tm.child_id, FALSE FROM team_member tm JOIN app_user m ON m.id = tm.user_id
         WHERE m.manager_id = p_user
        UNION ALL
        SELECT bg.child_id, TRUE FROM break_glass bg WHERE bg.user_id = p_user AND bg.expires_at > now()
    ) v
    WHERE EXISTS (SELECT 1 FROM app_user u WHERE u.id = p_user AND u.active)
      AND NOT EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = p_user AND r.role = 'SYSTEM_ADMINISTRATOR')
    GROUP BY v.child_id
$$;
