-- Every warehouse (WMS) message the hub accepted, by the WMS's own event id: a message sent again with the same
-- content is answered as a duplicate, with different content it is refused. The payload is the message as read.
CREATE TABLE warehouse_event
(
    event_id       VARCHAR(100)             NOT NULL,
    type           VARCHAR(30)              NOT NULL,
    warehouse      VARCHAR(100)             NOT NULL,
    content_hash   CHAR(64)                 NOT NULL,
    payload        TEXT                     NOT NULL,
    channel        VARCHAR(10)              NOT NULL,
    file_name      VARCHAR(255),
    correlation_id VARCHAR(64)              NOT NULL,
    status         VARCHAR(20)              NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT warehouse_event_pk PRIMARY KEY (event_id),
    CONSTRAINT warehouse_event_type_ck CHECK (type IN ('PICK_CONFIRMED', 'SHIPMENT_DISPATCHED', 'GOODS_RECEIVED',
                                                       'STOCK_ADJUSTED'))
);
CREATE INDEX warehouse_event_received_idx ON warehouse_event (received_at);

-- What each warehouse receipt took in of a purchase order line: no longer expected (see expected_inbound_line).
CREATE TABLE expected_inbound_receipt
(
    supplier_id VARCHAR(100)   NOT NULL,
    po_number   VARCHAR(100)   NOT NULL,
    line_number VARCHAR(50)    NOT NULL,
    receipt_id  VARCHAR(100)   NOT NULL,
    quantity    NUMERIC(19, 6) NOT NULL,
    unit        VARCHAR(3)     NOT NULL,
    CONSTRAINT expected_inbound_receipt_pk PRIMARY KEY (supplier_id, po_number, line_number, receipt_id),
    CONSTRAINT expected_inbound_receipt_line_fk FOREIGN KEY (supplier_id, po_number, line_number)
        REFERENCES expected_inbound_line (supplier_id, po_number, line_number)
);
-- A warehouse receipt names the purchase order by number only.
CREATE INDEX expected_inbound_line_po_idx ON expected_inbound_line (po_number);

-- One row per inventory feed taken in (API or folder): what it applied, left unchanged, zeroed and rejected.
CREATE TABLE inventory_feed_run
(
    run_id          UUID                     NOT NULL,
    warehouse       VARCHAR(100)             NOT NULL,
    mode            VARCHAR(10)              NOT NULL,
    channel         VARCHAR(10)              NOT NULL,
    reference       VARCHAR(255)             NOT NULL,
    correlation_id  VARCHAR(64)              NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    row_count       INT                      NOT NULL,
    applied         INT                      NOT NULL,
    unchanged       INT                      NOT NULL,
    zeroed          INT                      NOT NULL,
    rejected        INT                      NOT NULL,
    zeroing_skipped BOOLEAN                  NOT NULL,
    note            VARCHAR(1000),
    problems        TEXT,
    CONSTRAINT inventory_feed_run_pk PRIMARY KEY (run_id),
    CONSTRAINT inventory_feed_run_mode_ck CHECK (mode IN ('FULL', 'DELTA'))
);
CREATE INDEX inventory_feed_run_started_idx ON inventory_feed_run (started_at);
