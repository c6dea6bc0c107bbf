-- Deliveries whose listener waits for a prerequisite (docs/adr/0024): one row per open publication, since when it
-- waits, what for, and how often it found it missing. A waiting delivery is FAILED in the registry, is tried again on
-- the waiting schedule and uses up no attempt; a wait past its deadline is an incident, not a dead letter.
CREATE TABLE delivery_waiting
(
    publication_id UUID                     NOT NULL PRIMARY KEY,
    waiting_for    VARCHAR(1000)            NOT NULL,
    reason         VARCHAR(4000)            NOT NULL,
    waiting_since  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_waited_at TIMESTAMP WITH TIME ZONE NOT NULL,
    waits          INT                      NOT NULL
);
CREATE INDEX delivery_waiting_by_since_idx ON delivery_waiting (waiting_since);
