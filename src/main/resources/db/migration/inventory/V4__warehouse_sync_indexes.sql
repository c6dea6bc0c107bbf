-- The operations cockpit asks when each warehouse was last heard from: its newest warehouse event and feed run.
CREATE INDEX warehouse_event_warehouse_received_idx ON warehouse_event (warehouse, received_at);
CREATE INDEX inventory_feed_run_warehouse_finished_idx ON inventory_feed_run (warehouse, finished_at);
