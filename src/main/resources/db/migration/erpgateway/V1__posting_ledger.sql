-- The posting ledger: every change the ERP must receive, once, in sequence per business key. A dispatcher claims a
-- posting by setting it IN_FLIGHT with a lease; a lease that runs out (the instance died) makes it claimable again.
CREATE TABLE erp_posting
(
    id              UUID                     NOT NULL PRIMARY KEY,
    posting_type    VARCHAR(40)              NOT NULL,
    business_key    VARCHAR(200)             NOT NULL,
    sequence_no     BIGINT                   NOT NULL,
    payload         VARCHAR                  NOT NULL,
    idempotency_key VARCHAR(200)             NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    attempts        INT                      NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_until     TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(4000),
    erp_reference   VARCHAR(200),
    completed_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT erp_posting_idempotency_key_uq UNIQUE (idempotency_key),
    CONSTRAINT erp_posting_business_key_sequence_uq UNIQUE (business_key, sequence_no)
);
CREATE INDEX erp_posting_due_idx ON erp_posting (status, next_attempt_at);
