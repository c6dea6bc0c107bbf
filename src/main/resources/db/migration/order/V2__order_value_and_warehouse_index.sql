-- What an order is worth (sum of quantity x unit price of its priced lines) and in which currency, derived from the
-- order at each save like the other header columns; both null when no line is priced or the lines mix currencies.
-- Orders saved before this column existed get it at their next save.
ALTER TABLE customer_order ADD COLUMN order_value NUMERIC(19, 4);
ALTER TABLE customer_order ADD COLUMN currency VARCHAR(3);
-- The operations cockpit reads the open orders of one warehouse (what its sync lag puts at risk).
CREATE INDEX customer_order_warehouse_state_idx ON customer_order (warehouse, state);
