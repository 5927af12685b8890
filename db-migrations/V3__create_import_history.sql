-- Every import: who, when, which file, what it counted, and its error report.

CREATE TABLE import_record (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind           VARCHAR(32)  NOT NULL,
    file_name      VARCHAR(300) NOT NULL,
    imported_by    VARCHAR(64)  NOT NULL,
    started_at     TIMESTAMP    NOT NULL,
    finished_at    TIMESTAMP    NULL,
    rows_read      INT          NOT NULL DEFAULT 0,
    rows_imported  INT          NOT NULL DEFAULT 0,
    rows_unchanged INT          NOT NULL DEFAULT 0,
    rows_rejected  INT          NOT NULL DEFAULT 0,
    report         LONGTEXT     NULL
);
