-- Alerting: the rules admins added or changed in the console (the configured ones live in hub.alerting.rules), every
-- alert fired with when it resolved, and its notifications per channel with their attempts. open_key is the alert's
-- key (rule | incident kind | business key) while it is open and NULL once resolved: one open alert per key, whichever
-- hub fires it. The same statements run on H2 (PostgreSQL mode) and PostgreSQL.
CREATE TABLE alert_rule
(
    id              VARCHAR(100)             NOT NULL PRIMARY KEY,
    name            VARCHAR(200)             NOT NULL,
    kinds           VARCHAR(1000)            NOT NULL,
    min_count       INT                      NOT NULL,
    min_age_seconds BIGINT                   NOT NULL,
    enabled         BOOLEAN                  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100)             NOT NULL
);

CREATE TABLE alert
(
    id           UUID                     NOT NULL PRIMARY KEY,
    rule_id      VARCHAR(100)             NOT NULL,
    rule_name    VARCHAR(200)             NOT NULL,
    kind         VARCHAR(50)              NOT NULL,
    business_key VARCHAR(500)             NOT NULL,
    summary      VARCHAR(2000)            NOT NULL,
    link         VARCHAR(1000)            NOT NULL,
    since        TIMESTAMP WITH TIME ZONE NOT NULL,
    fired_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at  TIMESTAMP WITH TIME ZONE,
    open_key     VARCHAR(700),
    CONSTRAINT alert_open_key_unique UNIQUE (open_key)
);
CREATE INDEX alert_by_fired_idx ON alert (fired_at);

CREATE TABLE alert_notification
(
    id              UUID                     NOT NULL PRIMARY KEY,
    alert_id        UUID                     NOT NULL REFERENCES alert (id),
    transition      VARCHAR(10)              NOT NULL,
    channel         VARCHAR(20)              NOT NULL,
    status          VARCHAR(10)              NOT NULL,
    attempts        INT                      NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until   TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000),
    sent_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT alert_notification_once UNIQUE (alert_id, transition, channel),
    CONSTRAINT alert_notification_transition_check CHECK (transition IN ('FIRED', 'RESOLVED')),
    CONSTRAINT alert_notification_status_check CHECK (status IN ('PENDING', 'SENT', 'GAVE_UP'))
);
CREATE INDEX alert_notification_due_idx ON alert_notification (status, next_attempt_at);
