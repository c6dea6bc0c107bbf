-- Purchase orders sent to suppliers and, per line, what the supplier said of it (line state as JSON text).
CREATE TABLE purchase_order
(
    supplier_id           VARCHAR(64)              NOT NULL,
    po_number             VARCHAR(40)              NOT NULL,
    revision              INT                      NOT NULL,
    order_date            DATE                     NOT NULL,
    ship_to               VARCHAR(64)              NOT NULL,
    currency              VARCHAR(3),
    acknowledged_at       TIMESTAMP WITH TIME ZONE,
    ack_due_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    overdue_reported      BOOLEAN                  NOT NULL,
    functional_ack_status VARCHAR(2),
    dispatch_group        BIGINT,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (supplier_id, po_number)
);
CREATE INDEX purchase_order_due_idx ON purchase_order (ack_due_at);
CREATE INDEX purchase_order_group_idx ON purchase_order (supplier_id, dispatch_group);

CREATE TABLE purchase_order_line
(
    supplier_id    VARCHAR(64)    NOT NULL,
    po_number      VARCHAR(40)    NOT NULL,
    line_number    VARCHAR(20)    NOT NULL,
    position       INT            NOT NULL,
    sku            VARCHAR(64)    NOT NULL,
    ordered_amount NUMERIC(18, 4) NOT NULL,
    unit           VARCHAR(3)     NOT NULL,
    unit_price     NUMERIC(18, 4),
    requested_date DATE           NOT NULL,
    state          VARCHAR        NOT NULL,
    PRIMARY KEY (supplier_id, po_number, line_number)
);

-- Every partner message, verbatim, with how it came and what became of it.
CREATE TABLE inbound_message
(
    id                UUID                     NOT NULL PRIMARY KEY,
    supplier_id       VARCHAR(64)              NOT NULL,
    channel           VARCHAR(10)              NOT NULL,
    source            VARCHAR(10)              NOT NULL,
    content_type      VARCHAR(200),
    file_name         VARCHAR(255),
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    correlation_id    VARCHAR(64)              NOT NULL,
    content           BYTEA                    NOT NULL,
    content_size      INT                      NOT NULL,
    content_sha256    VARCHAR(64)              NOT NULL,
    status            VARCHAR(12)              NOT NULL,
    summary           VARCHAR(2000)            NOT NULL,
    problems          VARCHAR                  NOT NULL,
    documents         VARCHAR                  NOT NULL,
    interchange_key   VARCHAR(120),
    idempotency_key   VARCHAR(200),
    functional_ack_id UUID
);
CREATE UNIQUE INDEX inbound_message_idempotency_uq ON inbound_message (supplier_id, idempotency_key);
CREATE INDEX inbound_message_interchange_idx ON inbound_message (interchange_key, received_at);
CREATE INDEX inbound_message_received_idx ON inbound_message (received_at);

-- Documents parked because something in them could not be mapped yet.
CREATE TABLE mapping_exception
(
    id             UUID                     NOT NULL PRIMARY KEY,
    message_id     UUID                     NOT NULL,
    document_index INT                      NOT NULL,
    supplier_id    VARCHAR(64)              NOT NULL,
    po_number      VARCHAR(40),
    reason         VARCHAR(2000)            NOT NULL,
    status         VARCHAR(10)              NOT NULL,
    parked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at    TIMESTAMP WITH TIME ZONE,
    replays        INT                      NOT NULL,
    outcome        VARCHAR(2000),
    CONSTRAINT mapping_exception_document_uq UNIQUE (message_id, document_index)
);
CREATE INDEX mapping_exception_status_idx ON mapping_exception (status, parked_at);

-- What we send partners, until delivered (folder or webhook) and pulled.
CREATE TABLE partner_outbox
(
    id              UUID                     NOT NULL PRIMARY KEY,
    supplier_id     VARCHAR(64)              NOT NULL,
    kind            VARCHAR(20)              NOT NULL,
    channel         VARCHAR(10)              NOT NULL,
    reference       VARCHAR(120)             NOT NULL,
    file_name       VARCHAR(255)             NOT NULL,
    content_type    VARCHAR(100)             NOT NULL,
    content         BYTEA                    NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    delivery        VARCHAR(10)              NOT NULL,
    delivery_status VARCHAR(10)              NOT NULL,
    attempts        INT                      NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(2000),
    delivered_at    TIMESTAMP WITH TIME ZONE,
    pulled_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX partner_outbox_supplier_idx ON partner_outbox (supplier_id, created_at);
CREATE INDEX partner_outbox_due_idx ON partner_outbox (delivery, delivery_status, next_attempt_at);

-- Per-partner EDI control numbers (ISA13, GS06).
CREATE TABLE edi_control_number
(
    supplier_id VARCHAR(64) NOT NULL,
    kind        VARCHAR(10) NOT NULL,
    last_value  BIGINT      NOT NULL,
    PRIMARY KEY (supplier_id, kind)
);

-- Ship notices taken in, so a re-sent one is recognised.
CREATE TABLE ship_notice
(
    supplier_id VARCHAR(64)  NOT NULL,
    shipment_id VARCHAR(80)  NOT NULL,
    message_id  UUID         NOT NULL,
    PRIMARY KEY (supplier_id, shipment_id)
);
