-- Per listener and business object, the newest state version the listener applied, written in the listener's own
-- transaction; and the deliveries acknowledged without applying because they stated an older version
-- (docs/adr/0017). The event log shows the latter as superseded.
CREATE TABLE applied_state
(
    listener         VARCHAR(512)             NOT NULL,
    object_key       VARCHAR(512)             NOT NULL,
    state_version    BIGINT                   NOT NULL,
    event_id         UUID                     NOT NULL,
    applied_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (listener, object_key)
);
CREATE INDEX applied_state_by_date_idx ON applied_state (applied_at);

CREATE TABLE superseded_delivery
(
    listener_id      VARCHAR(512)             NOT NULL,
    event_id         UUID                     NOT NULL,
    object_key       VARCHAR(512)             NOT NULL,
    state_version    BIGINT                   NOT NULL,
    applied_version  BIGINT                   NOT NULL,
    applied_event_id UUID                     NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (listener_id, event_id, object_key)
);
CREATE INDEX superseded_delivery_by_date_idx ON superseded_delivery (recorded_at);
