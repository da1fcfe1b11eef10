-- The need-to-know rule (docs/adr/003) gains one ground (docs/adr/024): a return interview
-- coordinator sees the children with a missing episode open or ended in the last 90 days, or whose
-- return interview is still outstanding, so they can arrange and hold return interviews across
-- teams. Read-only: changeable_child_ids is unchanged. Administrators and inactive users still see
-- none, whatever their roles.
CREATE OR REPLACE FUNCTION visible_child_ids(p_user UUID)
    RETURNS TABLE (child_id UUID)
    LANGUAGE sql STABLE
AS $$
    SELECT v.child_id FROM (
        SELECT tm.child_id FROM team_member tm WHERE tm.user_id = p_user
        UNION
        SELECT tm.child_id FROM team_member tm JOIN app_user m ON m.id = tm.user_id
         WHERE m.manager_id = p_user
        UNION
        SELECT sa.child_id FROM screening_access sa
         WHERE EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = p_user AND r.role = 'SCREENING_OFFICER')
        UNION
        SELECT bg.child_id FROM break_glass bg WHERE bg.user_id = p_user AND bg.expires_at > now()
        UNION
        SELECT me.child_id FROM missing_episode me
         WHERE EXISTS (SELECT 1 FROM user_role r
                        WHERE r.user_id = p_user AND r.role = 'RETURN_INTERVIEW_COORDINATOR')
           AND (me.returned_at IS NULL OR me.returned_at > now() - INTERVAL '90 days'
                OR EXISTS (SELECT 1 FROM return_interview ri
                            WHERE ri.episode_id = me.id AND ri.outcome IS NULL))
    ) v
    WHERE EXISTS (SELECT 1 FROM app_user u WHERE u.id = p_user AND u.active)
      AND NOT EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = p_user AND r.role = 'SYSTEM_ADMINISTRATOR')
$$;
