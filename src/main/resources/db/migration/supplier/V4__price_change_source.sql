-- Where a supplier's 855 puts the new price of a price-changed line: CTP, PO104 or CTP_OR_PO104.
ALTER TABLE supplier_profile ADD COLUMN price_change_source VARCHAR(20) DEFAULT 'CTP_OR_PO104' NOT NULL;
