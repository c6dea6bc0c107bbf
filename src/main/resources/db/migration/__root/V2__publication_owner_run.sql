-- The run of a hub node that delivers each open publication: the one that published it, or the last one to resubmit
-- it (a FAILED row taken over from a dead run holds the id of that takeover instead). Filled by the platform's
-- insert and resubmission claim; the archive keeps no copy (Spring Modulith's archiving names its columns).
ALTER TABLE event_publication ADD COLUMN owner_run UUID;
