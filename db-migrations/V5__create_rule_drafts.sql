-- The rule authors' shared draft: a copy of a version's files that they edit until it goes live or is discarded.
-- Each file carries a revision, so two authors saving the same file never overwrite each other silently.

CREATE TABLE rule_draft (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    based_on   BIGINT      NOT NULL,
    created_by VARCHAR(64) NOT NULL,
    created_at TIMESTAMP   NOT NULL,
    status     VARCHAR(16) NOT NULL,
    CONSTRAINT fk_rule_draft_version FOREIGN KEY (based_on) REFERENCES rule_set_version (id)
);

CREATE TABLE rule_draft_file (
    draft_id   BIGINT       NOT NULL,
    path       VARCHAR(300) NOT NULL,
    content    LONGTEXT     NOT NULL,
    revision   INT          NOT NULL,
    changed_by VARCHAR(64)  NOT NULL,
    changed_at TIMESTAMP    NOT NULL,
    PRIMARY KEY (draft_id, path),
    CONSTRAINT fk_rule_draft_file_draft FOREIGN KEY (draft_id) REFERENCES rule_draft (id)
);
