-- Stock per SKU and warehouse: on hand, what order lines hold of it (reserved), what they wait for (backordered)
-- and what left for orders (dispatched), all in the position's unit. last_sequence numbers the order lines the
-- position took in, oldest first. A reservation never exceeds what is on hand.
CREATE TABLE stock_position
(
    warehouse     VARCHAR(100)             NOT NULL,
    sku           VARCHAR(64)              NOT NULL,
    unit          VARCHAR(3)               NOT NULL,
    on_hand       NUMERIC(19, 6)           NOT NULL,
    reserved      NUMERIC(19, 6)           NOT NULL,
    backordered   NUMERIC(19, 6)           NOT NULL,
    dispatched    NUMERIC(19, 6)           NOT NULL,
    last_sequence BIGINT                   NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT stock_position_pk PRIMARY KEY (warehouse, sku),
    CONSTRAINT stock_position_amounts_ck CHECK (on_hand >= 0 AND reserved >= 0 AND backordered >= 0
        AND dispatched >= 0 AND reserved <= on_hand)
);
CREATE INDEX stock_position_sku_idx ON stock_position (sku);

-- A customer order as inventory allocated it: the newest revision applied and whether it was cancelled.
CREATE TABLE stock_order
(
    order_id   VARCHAR(100)             NOT NULL,
    warehouse  VARCHAR(100)             NOT NULL,
    revision   INT                      NOT NULL,
    cancelled  BOOLEAN                  NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT stock_order_pk PRIMARY KEY (order_id)
);

-- One order line's allocation in its position (warehouse, sku): reserved and backordered (with its promise date,
-- null when no dated inbound covers it), or refused with a reason, or released. waiting and holding mirror
-- backordered > 0 and reserved > 0 so a position's queues are read by index, in sequence.
CREATE TABLE stock_allocation_line
(
    order_id           VARCHAR(100)             NOT NULL,
    line_number        INT                      NOT NULL,
    correlation_id     VARCHAR(64)              NOT NULL,
    warehouse          VARCHAR(100)             NOT NULL,
    sku                VARCHAR(64)              NOT NULL,
    unit               VARCHAR(3)               NOT NULL,
    sequence_number    BIGINT                   NOT NULL,
    ordered            NUMERIC(19, 6)           NOT NULL,
    reserved           NUMERIC(19, 6)           NOT NULL,
    backordered        NUMERIC(19, 6)           NOT NULL,
    dispatched         NUMERIC(19, 6)           NOT NULL,
    promise_date       DATE,
    refusal_reason     VARCHAR(20),
    refusal_message    VARCHAR(500),
    released           BOOLEAN                  NOT NULL,
    allocation_version BIGINT                   NOT NULL,
    waiting            BOOLEAN                  NOT NULL,
    holding            BOOLEAN                  NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT stock_allocation_line_pk PRIMARY KEY (order_id, line_number),
    CONSTRAINT stock_allocation_line_order_fk FOREIGN KEY (order_id) REFERENCES stock_order (order_id),
    CONSTRAINT stock_allocation_line_amounts_ck CHECK (ordered >= 0 AND reserved >= 0 AND backordered >= 0
        AND dispatched >= 0),
    CONSTRAINT stock_allocation_line_reason_ck CHECK (refusal_reason IS NULL
        OR refusal_reason IN ('UNKNOWN_SKU', 'UNKNOWN_WAREHOUSE', 'UNIT_MISMATCH'))
);
CREATE INDEX stock_allocation_line_waiting_idx ON stock_allocation_line (warehouse, sku, waiting, sequence_number);
CREATE INDEX stock_allocation_line_holding_idx ON stock_allocation_line (warehouse, sku, holding, sequence_number);
