-- Supplier profiles: how we trade with each supplier. edi_sender is the EDI qualifier and id in capitals
-- ("ZZ:ACMEX12"), the key an inbound interchange's sender (ISA05/06, UNB) is looked up by; one supplier per sender.
CREATE TABLE supplier_profile
(
    supplier_id            VARCHAR(64)              NOT NULL PRIMARY KEY,
    name                   VARCHAR(200)             NOT NULL,
    purchase_order_channel VARCHAR(10)              NOT NULL,
    edi_qualifier          VARCHAR(4),
    edi_id                 VARCHAR(35),
    edi_group_id           VARCHAR(15),
    edi_sender             VARCHAR(40),
    webhook_url            VARCHAR(2000),
    acknowledgement_due    VARCHAR(40)              NOT NULL,
    remainder_policy       VARCHAR(20)              NOT NULL,
    active                 BOOLEAN                  NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT supplier_profile_edi_sender_uq UNIQUE (edi_sender)
);

-- The channels a supplier may send on.
CREATE TABLE supplier_inbound_channel
(
    supplier_id VARCHAR(64) NOT NULL REFERENCES supplier_profile (supplier_id) ON DELETE CASCADE,
    channel     VARCHAR(10) NOT NULL,
    PRIMARY KEY (supplier_id, channel)
);

-- A supplier's own status codes and the line outcome each one means.
CREATE TABLE supplier_code_map
(
    supplier_id  VARCHAR(64) NOT NULL REFERENCES supplier_profile (supplier_id) ON DELETE CASCADE,
    partner_code VARCHAR(35) NOT NULL,
    line_outcome VARCHAR(40) NOT NULL,
    PRIMARY KEY (supplier_id, partner_code)
);

-- The item cross-reference: the supplier's part number (and GTIN) for our SKU, with the unit conversion.
CREATE TABLE supplier_item
(
    supplier_id   VARCHAR(64)    NOT NULL REFERENCES supplier_profile (supplier_id) ON DELETE CASCADE,
    supplier_part VARCHAR(64)    NOT NULL,
    sku           VARCHAR(64)    NOT NULL,
    gtin          VARCHAR(14),
    supplier_unit VARCHAR(3)     NOT NULL,
    our_unit      VARCHAR(3)     NOT NULL,
    factor        NUMERIC(16, 6) NOT NULL,
    PRIMARY KEY (supplier_id, supplier_part)
);

-- Which version of a supplier's files in config/partners was imported last (SHA-256 of their content).
CREATE TABLE supplier_partner_file
(
    supplier_id VARCHAR(64)              NOT NULL PRIMARY KEY,
    fingerprint VARCHAR(64)              NOT NULL,
    source      VARCHAR(1000)            NOT NULL,
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL
);
