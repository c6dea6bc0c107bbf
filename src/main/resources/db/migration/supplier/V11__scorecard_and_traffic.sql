-- Whether the supplier answered a line other than as ordered (quantity, date, price, item, or not simply accepted);
-- NULL until the line is acknowledged, and for lines acknowledged before the hub recorded it.
ALTER TABLE purchase_order_line ADD COLUMN supplier_changed BOOLEAN;
-- Documents sent to partners per hour, across suppliers.
CREATE INDEX partner_outbox_created_idx ON partner_outbox (created_at);
