-- Foreign keys that pages read by, and that had no index of their own: at 100,000 children every
-- plan page scanned all measures and their points, and every child's record scanned all children
-- for the records merged into it (docs/benchmarks.md, "Case pages under load").
CREATE INDEX plan_measure_plan_ix ON plan_measure (plan_id, created_at);
CREATE INDEX plan_measure_point_measure_ix ON plan_measure_point (measure_id, recorded_on);
CREATE INDEX plan_comment_plan_ix ON plan_comment (plan_id, recorded_at);
CREATE INDEX child_merged_into_ix ON child (merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX child_duplicate_child_b_ix ON child_duplicate (child_b);
CREATE INDEX child_merge_duplicate_ix ON child_merge (duplicate_id);
CREATE INDEX break_glass_reviewed_by_ix ON break_glass (reviewed_by);
