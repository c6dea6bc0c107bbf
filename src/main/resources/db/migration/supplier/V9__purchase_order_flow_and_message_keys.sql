-- The correlation id of the flow that issued a purchase order, which the supplier's answers join when they bring none
-- of their own; and what each partner message is about (the PO numbers of its documents, its interchange control
-- number), so the timeline of a PO or a control number finds its messages by index (docs/adr/0018).
ALTER TABLE purchase_order ADD COLUMN correlation_id VARCHAR(64);
CREATE INDEX purchase_order_number_idx ON purchase_order (po_number);
CREATE INDEX purchase_order_correlation_idx ON purchase_order (correlation_id);

CREATE TABLE partner_message_key
(
    business_key VARCHAR(120) NOT NULL,
    message_id   UUID         NOT NULL,
    PRIMARY KEY (business_key, message_id)
);
CREATE INDEX inbound_message_correlation_idx ON inbound_message (correlation_id);
CREATE INDEX partner_outbox_reference_idx ON partner_outbox (reference);
