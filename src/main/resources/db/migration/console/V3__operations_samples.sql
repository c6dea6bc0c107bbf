-- The backlog once a minute (incomplete event publications, unsent and parked ERP postings, with the oldest of each),
-- for the backlog charts; one row per minute whichever hub instance took it, pruned after the retention.
CREATE TABLE operations_sample
(
    sampled_at                TIMESTAMP WITH TIME ZONE NOT NULL PRIMARY KEY,
    incomplete_publications   BIGINT                   NOT NULL,
    oldest_publication_at     TIMESTAMP WITH TIME ZONE,
    unsent_postings           BIGINT                   NOT NULL,
    parked_postings           BIGINT                   NOT NULL,
    oldest_unsent_posting_at  TIMESTAMP WITH TIME ZONE
);
