-- Versions of the rule set and the evaluation runs that use them, with every decision they made.

CREATE TABLE rule_set_version (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version_hash VARCHAR(64)   NOT NULL,
    author       VARCHAR(64)   NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    comment      VARCHAR(1000) NOT NULL,
    active       BOOLEAN       NOT NULL DEFAULT FALSE
);

CREATE TABLE rule_file (
    rule_set_version_id BIGINT       NOT NULL,
    path                VARCHAR(300) NOT NULL,
    content             LONGTEXT     NOT NULL,
    PRIMARY KEY (rule_set_version_id, path),
    CONSTRAINT fk_rule_file_version FOREIGN KEY (rule_set_version_id) REFERENCES rule_set_version (id)
);

CREATE TABLE evaluation_run (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    as_of         DATE        NOT NULL,
    rules_version VARCHAR(64) NOT NULL,
    started_by    VARCHAR(64) NOT NULL,
    started_at    TIMESTAMP   NOT NULL,
    finished_at   TIMESTAMP   NULL,
    scope         VARCHAR(16) NOT NULL,
    students      INT         NOT NULL DEFAULT 0,
    flags         INT         NOT NULL DEFAULT 0,
    failures      INT         NOT NULL DEFAULT 0,
    duration_ms   BIGINT      NOT NULL DEFAULT 0
);

-- Which students a run evaluated, so that "the latest evaluation of a student" is one lookup.
CREATE TABLE evaluated_student (
    run_id             BIGINT      NOT NULL,
    student_sourced_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (run_id, student_sourced_id)
);
CREATE INDEX ix_evaluated_student ON evaluated_student (student_sourced_id, run_id);

CREATE TABLE evaluation_failure (
    run_id             BIGINT        NOT NULL,
    student_sourced_id VARCHAR(64)   NOT NULL,
    message            VARCHAR(4000) NOT NULL,
    PRIMARY KEY (run_id, student_sourced_id)
);

CREATE TABLE domain_decision (
    run_id             BIGINT        NOT NULL,
    student_sourced_id VARCHAR(64)   NOT NULL,
    domain             VARCHAR(32)   NOT NULL,
    tier               INT           NULL,
    tier_rule          VARCHAR(300)  NULL,
    tier_explanation   VARCHAR(4000) NULL,
    PRIMARY KEY (run_id, student_sourced_id, domain)
);

-- domain is '-' for the flags of the student as a whole.
CREATE TABLE flag_decision (
    run_id             BIGINT        NOT NULL,
    student_sourced_id VARCHAR(64)   NOT NULL,
    domain             VARCHAR(32)   NOT NULL,
    code               VARCHAR(64)   NOT NULL,
    rule_name          VARCHAR(300)  NOT NULL,
    explanation        VARCHAR(4000) NOT NULL,
    PRIMARY KEY (run_id, student_sourced_id, domain, code)
);
CREATE INDEX ix_flag_decision_code ON flag_decision (run_id, code);

CREATE TABLE plan_recommendation (
    run_id                   BIGINT        NOT NULL,
    student_sourced_id       VARCHAR(64)   NOT NULL,
    domain                   VARCHAR(32)   NOT NULL,
    tier                     INT           NOT NULL,
    intervention             VARCHAR(200)  NULL,
    intervention_description VARCHAR(1000) NULL,
    sessions_per_week        INT           NOT NULL,
    minutes_per_session      INT           NOT NULL,
    progress_measure         VARCHAR(64)   NULL,
    monitoring_interval_days INT           NOT NULL,
    review_on                DATE          NOT NULL,
    accommodations           VARCHAR(4000) NOT NULL,
    iep_coordinated          BOOLEAN       NOT NULL,
    rule_name                VARCHAR(300)  NOT NULL,
    explanation              VARCHAR(4000) NOT NULL,
    PRIMARY KEY (run_id, student_sourced_id, domain)
);
