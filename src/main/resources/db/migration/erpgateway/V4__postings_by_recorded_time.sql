-- The console's charts count postings recorded per hour over the last day or week: read by time, not by scan.
CREATE INDEX erp_posting_recorded_idx ON erp_posting (recorded_at);
