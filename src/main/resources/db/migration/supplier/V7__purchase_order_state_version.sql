-- The version of what we expect on a purchase order's lines: it grows with every revision and every acknowledgement
-- that changed a line, and the PurchaseOrderAcknowledged events state their lines at it (docs/adr/0017).
ALTER TABLE purchase_order ADD COLUMN state_version BIGINT NOT NULL DEFAULT 0;
