-- Expected inbound, one row per purchase order line (supplier, PO, line), with its planned schedule and the
-- shipments in transit as entries. The query by SKU and location reads only lines that still expect something.
CREATE TABLE expected_inbound_line
(
    supplier_id  VARCHAR(100)             NOT NULL,
    po_number    VARCHAR(100)             NOT NULL,
    line_number  VARCHAR(50)              NOT NULL,
    sku          VARCHAR(64)              NOT NULL,
    location     VARCHAR(100)             NOT NULL,
    revision     INT                      NOT NULL,
    acknowledged BOOLEAN                  NOT NULL,
    expecting    BOOLEAN                  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT expected_inbound_line_pk PRIMARY KEY (supplier_id, po_number, line_number)
);
CREATE INDEX expected_inbound_line_sku_location_idx ON expected_inbound_line (sku, location, expecting);

-- PLANNED: the schedule of the purchase order or the supplier's acknowledgement; SHIPPED: a ship notice's quantity
-- in transit (shipment_id set). A null delivery_date is an undated backorder or an arrival nobody announced.
CREATE TABLE expected_inbound_entry
(
    supplier_id   VARCHAR(100)   NOT NULL,
    po_number     VARCHAR(100)   NOT NULL,
    line_number   VARCHAR(50)    NOT NULL,
    position      INT            NOT NULL,
    kind          VARCHAR(10)    NOT NULL,
    shipment_id   VARCHAR(100),
    delivery_date DATE,
    quantity      NUMERIC(19, 6) NOT NULL,
    unit          VARCHAR(3)     NOT NULL,
    CONSTRAINT expected_inbound_entry_pk PRIMARY KEY (supplier_id, po_number, line_number, position),
    CONSTRAINT expected_inbound_entry_line_fk FOREIGN KEY (supplier_id, po_number, line_number)
        REFERENCES expected_inbound_line (supplier_id, po_number, line_number),
    CONSTRAINT expected_inbound_entry_kind_ck CHECK (kind IN ('PLANNED', 'SHIPPED'))
);
