-- Bulk jobs of the operations pages (replay parked documents, retry ERP postings, resubmit deliveries) and their
-- items, resolved to a list when the job starts. active_kind is the job's kind while it is RUNNING or CANCELLING and
-- NULL once it ends: one active job per kind, whichever hub starts it. owner and heartbeat_at say which hub runs it
-- and when it last went on; a job whose heartbeat is too old is taken over by another hub (resumes counts those).
-- An item without an outcome has not run yet. The same statements run on H2 (PostgreSQL mode) and PostgreSQL.
CREATE TABLE bulk_job
(
    id           UUID                     NOT NULL PRIMARY KEY,
    kind         VARCHAR(30)              NOT NULL,
    state        VARCHAR(20)              NOT NULL,
    started_by   VARCHAR(100)             NOT NULL,
    reason       VARCHAR(2000)            NOT NULL,
    scope        VARCHAR(2000)            NOT NULL,
    total        INT                      NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    owner        VARCHAR(100)             NOT NULL,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL,
    resumes      INT                      NOT NULL,
    active_kind  VARCHAR(30),
    CONSTRAINT bulk_job_one_active_per_kind UNIQUE (active_kind),
    CONSTRAINT bulk_job_kind_check CHECK (kind IN ('PARKED_REPLAY', 'ERP_RETRY', 'DELIVERY_RESUBMIT')),
    CONSTRAINT bulk_job_state_check CHECK (state IN ('RUNNING', 'CANCELLING', 'CANCELLED', 'DONE', 'INTERRUPTED'))
);
CREATE INDEX bulk_job_by_start_idx ON bulk_job (started_at);
CREATE INDEX bulk_job_heartbeat_idx ON bulk_job (state, heartbeat_at);

CREATE TABLE bulk_job_item
(
    job_id      UUID                     NOT NULL REFERENCES bulk_job (id),
    item_no     INT                      NOT NULL,
    item_id     UUID                     NOT NULL,
    label       VARCHAR(500)             NOT NULL,
    outcome     VARCHAR(10),
    message     VARCHAR(2000),
    finished_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (job_id, item_no),
    CONSTRAINT bulk_job_item_outcome_check CHECK (outcome IN ('OK', 'REFUSED', 'SKIPPED'))
);
