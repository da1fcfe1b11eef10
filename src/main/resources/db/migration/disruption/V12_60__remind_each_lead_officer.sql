-- An expiry reminder is kept per recipient: when an order's lead officer changes, the new lead is
-- reminded of a lead time the previous lead was already reminded of, and a reminder sent to a
-- manager because the lead officer's account was deactivated is kept as sent to that manager.
ALTER TABLE disruption_reminder_sent DROP CONSTRAINT disruption_reminder_sent_pkey;
ALTER TABLE disruption_reminder_sent
    ADD PRIMARY KEY (activity_id, days_before, expires_on, sent_to);
