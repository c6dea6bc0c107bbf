-- The operations cockpit lists unsent postings by age (recorded_at) within their status.
CREATE INDEX erp_posting_status_recorded_idx ON erp_posting (status, recorded_at);
