-- Customer orders: what the console filters, sorts and counts on as columns (derived from the order at each save),
-- the order's lines, shipments and picks as JSON text in details. A row is locked while a change applies.
CREATE TABLE customer_order
(
    order_id             VARCHAR(100)             NOT NULL PRIMARY KEY,
    channel              VARCHAR(32)              NOT NULL,
    external_order_id    VARCHAR(64)              NOT NULL,
    customer             VARCHAR(64)              NOT NULL,
    warehouse            VARCHAR(64)              NOT NULL,
    invoicing            VARCHAR(12)              NOT NULL,
    revision             INT                      NOT NULL,
    state                VARCHAR(20)              NOT NULL,
    waiting_for          VARCHAR(1000),
    promise_date         DATE,
    line_count           INT                      NOT NULL,
    held_since           TIMESTAMP WITH TIME ZONE,
    unflagged_held_since TIMESTAMP WITH TIME ZONE,
    flagged              BOOLEAN                  NOT NULL,
    invoices             INT                      NOT NULL,
    placed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    cancelled_at         TIMESTAMP WITH TIME ZONE,
    cancel_reason        VARCHAR(500),
    details              VARCHAR                  NOT NULL
);
CREATE INDEX customer_order_placed_idx ON customer_order (placed_at);
CREATE INDEX customer_order_state_idx ON customer_order (state, placed_at);
CREATE INDEX customer_order_held_idx ON customer_order (held_since);
CREATE INDEX customer_order_unflagged_held_idx ON customer_order (unflagged_held_since);

-- Every promise change told to the OMS (one OrderPromiseChanged each), for the console's list.
CREATE TABLE order_promise_change
(
    event_id              UUID                     NOT NULL PRIMARY KEY,
    order_id              VARCHAR(100)             NOT NULL,
    line_number           INT                      NOT NULL,
    sku                   VARCHAR(64)              NOT NULL,
    previous_status       VARCHAR(12),
    previous_promise_date DATE,
    status                VARCHAR(12)              NOT NULL,
    promise_date          DATE,
    changed_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX order_promise_change_at_idx ON order_promise_change (changed_at);
CREATE INDEX order_promise_change_order_idx ON order_promise_change (order_id, changed_at);
