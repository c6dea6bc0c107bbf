-- One row per hub node (a hub installation with its own node id): its current run (one start of the process) and
-- when that run last showed it is alive, in the database's clock. A run that is not the current run of a node with a
-- recent heartbeat is dead, and its in-flight publications are taken over.
CREATE TABLE hub_node
(
    node_id      VARCHAR(100)             NOT NULL PRIMARY KEY,
    run_id       UUID                     NOT NULL,
    host         VARCHAR(255)             NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL
);
