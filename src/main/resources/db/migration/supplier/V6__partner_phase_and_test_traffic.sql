-- A supplier's onboarding phase: only LIVE suppliers change live data; whatever the others send is test traffic.
-- sendContrl: a CONTRL for every EDIFACT interchange of the supplier, not only for those that ask (UNB 0031).
ALTER TABLE supplier_profile ADD COLUMN phase VARCHAR(12) DEFAULT 'LIVE' NOT NULL;
ALTER TABLE supplier_profile ADD COLUMN send_contrl BOOLEAN DEFAULT FALSE NOT NULL;

-- A test message was read, answered and its outcome recorded as what would have changed; it changed nothing.
ALTER TABLE inbound_message ADD COLUMN test BOOLEAN DEFAULT FALSE NOT NULL;
-- An interchange control number reused with other content: the message that first used it, and when.
ALTER TABLE inbound_message ADD COLUMN first_message_id UUID;
ALTER TABLE inbound_message ADD COLUMN first_received_at TIMESTAMP WITH TIME ZONE;
-- The TA1 or CONTRL answering the interchange envelope, if one was sent.
ALTER TABLE inbound_message ADD COLUMN interchange_ack_id UUID;
