-- A plan's disruption action may name the disruption activity it is part of (docs/adr/022), so an
-- order against one adult is followed from every linked child's plan.
ALTER TABLE plan_action ADD COLUMN disruption_activity_id UUID REFERENCES disruption_activity (id);
CREATE INDEX plan_action_disruption_activity_ix ON plan_action (disruption_activity_id)
    WHERE disruption_activity_id IS NOT NULL;
