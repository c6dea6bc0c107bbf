-- Purchase orders read from the ERP. The watermark of each source says how far reading got: the change time of the
-- last order taken in and the ids taken in at exactly that time (comma-separated). It is stored in the transaction
-- that publishes the order's event, so a restart neither misses an order nor reads one twice.
CREATE TABLE erp_po_watermark
(
    source           VARCHAR(40)              NOT NULL PRIMARY KEY,
    changed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ids_at_changed   VARCHAR                  NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The last revision published per purchase order with a digest of its content: a change in the ERP that leaves the
-- content as it was publishes nothing. refusal says why the order's last reading could not be taken in.
CREATE TABLE erp_po_revision
(
    po_number      VARCHAR(100)             NOT NULL PRIMARY KEY,
    source         VARCHAR(40)              NOT NULL,
    revision       INT                      NOT NULL,
    content_digest VARCHAR(64)              NOT NULL,
    refusal        VARCHAR(2000),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
