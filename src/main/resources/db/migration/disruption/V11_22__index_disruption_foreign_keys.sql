-- Every foreign key has an index led by its column (ForeignKeyIndexIntegrationTests).
CREATE INDEX disruption_activity_tactic_ix ON disruption_activity (tactic_id);
CREATE INDEX disruption_reminder_sent_to_ix ON disruption_reminder_sent (sent_to);
