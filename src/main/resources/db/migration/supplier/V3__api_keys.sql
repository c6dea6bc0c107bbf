-- Suppliers' API keys: the SHA-256 of the secret only, never the secret. A partner call looks its key up by key_id.
CREATE TABLE supplier_api_key
(
    key_id       VARCHAR(16)              NOT NULL PRIMARY KEY,
    supplier_id  VARCHAR(64)              NOT NULL REFERENCES supplier_profile (supplier_id),
    secret_hash  VARCHAR(64)              NOT NULL,
    label        VARCHAR(100)             NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(100)             NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX supplier_api_key_supplier_idx ON supplier_api_key (supplier_id);
