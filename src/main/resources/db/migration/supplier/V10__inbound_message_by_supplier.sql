-- A purchase order's page lists the messages its supplier sent about it: they are read by supplier, in time order.
CREATE INDEX inbound_message_supplier_idx ON inbound_message (supplier_id, received_at);
