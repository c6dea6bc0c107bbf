-- Policy packs: named templates of partner API limits. A setting left NULL takes the hub's own setting (rate limit,
-- message size, acknowledgement due time) or sets no limit (channels, key lifetime, address allow-list). Channels
-- and CIDR ranges are comma separated; durations are ISO-8601. One pack is the default given to new suppliers.
CREATE TABLE supplier_policy_pack
(
    name                VARCHAR(64)              NOT NULL PRIMARY KEY,
    is_default          BOOLEAN                  NOT NULL,
    requests_per_second INTEGER,
    max_message_bytes   BIGINT,
    allowed_channels    VARCHAR(100),
    key_lifetime        VARCHAR(40),
    address_allow_list  VARCHAR(2000),
    acknowledgement_due VARCHAR(40),
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(100)             NOT NULL
);
INSERT INTO supplier_policy_pack (name, is_default, updated_at, updated_by)
VALUES ('standard', TRUE, CURRENT_TIMESTAMP, 'system');

-- A supplier's pack (NULL: the default pack) and its own overrides of single settings. profile_sets_due is false
-- when the supplier's profile gave no acknowledgement due time, so the policy's applies. A supplier without a row
-- (set up before policy packs) follows the default pack and its profile's due time.
CREATE TABLE supplier_policy
(
    supplier_id         VARCHAR(64)              NOT NULL PRIMARY KEY REFERENCES supplier_profile (supplier_id),
    pack_name           VARCHAR(64) REFERENCES supplier_policy_pack (name),
    requests_per_second INTEGER,
    max_message_bytes   BIGINT,
    allowed_channels    VARCHAR(100),
    key_lifetime        VARCHAR(40),
    address_allow_list  VARCHAR(2000),
    acknowledgement_due VARCHAR(40),
    profile_sets_due    BOOLEAN                  NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(100)             NOT NULL
);

-- When a key stops working on its own (from the policy's key lifetime or set by an admin); NULL never.
ALTER TABLE supplier_api_key ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
