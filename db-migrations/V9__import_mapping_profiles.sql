-- Mapping profiles: how a vendor's export (Star, FastBridge, DIBELS, aimsweb …) becomes a file of a contract kind.
-- A save under an existing name adds a version; imports use the newest. A version is never changed or deleted.

CREATE TABLE import_mapping_profile (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(64) NOT NULL,
    version     INT         NOT NULL,
    kind        VARCHAR(32) NOT NULL,
    date_format VARCHAR(16) NOT NULL,
    saved_by    VARCHAR(64) NOT NULL,
    saved_at    TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_import_mapping_profile UNIQUE (name, version)
);

-- The vendor file's header, column by column, and the contract column each one fills (null: not imported).
CREATE TABLE import_mapping_column (
    profile_id     BIGINT       NOT NULL,
    column_index   INT          NOT NULL,
    source_column  VARCHAR(200) NOT NULL,
    contract_field VARCHAR(64)  NULL,
    PRIMARY KEY (profile_id, column_index),
    CONSTRAINT fk_import_mapping_column_profile FOREIGN KEY (profile_id) REFERENCES import_mapping_profile (id)
);

-- Vendor value → contract value, per contract column ("Fall" → FALL). Matched ignoring case.
CREATE TABLE import_mapping_value (
    profile_id     BIGINT       NOT NULL,
    contract_field VARCHAR(64)  NOT NULL,
    value_index    INT          NOT NULL,
    source_value   VARCHAR(200) NOT NULL,
    contract_value VARCHAR(200) NOT NULL,
    PRIMARY KEY (profile_id, contract_field, value_index),
    CONSTRAINT fk_import_mapping_value_profile FOREIGN KEY (profile_id) REFERENCES import_mapping_profile (id)
);
