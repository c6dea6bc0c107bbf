-- When a supplier's phase last became LIVE (set as it goes live, cleared when it goes back to onboarding or
-- testing): the go-live date of the onboarding checklist. Suppliers live before this column existed have none.
ALTER TABLE supplier_profile ADD COLUMN live_since TIMESTAMP WITH TIME ZONE;
