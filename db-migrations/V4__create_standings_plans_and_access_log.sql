-- What the pages read: each student's latest decisions in a shape that filters and sorts fast at 100k students,
-- the intervention plans staff accept or write, and the FERPA access log.

-- One row per student: the latest evaluation that decided about them (its run_id leads to the student's rows in
-- domain_decision and flag_decision). "attention" counts the flags that ask a specialist to act now (PM overdue, four
-- points below, trend below, not started) so the caseload lists those first. tiers reads "READING:3@2026-02-16;…":
-- each domain's tier and the evaluation date from which the student has held it without a break.
CREATE TABLE student_standing (
    student_sourced_id VARCHAR(64)   NOT NULL PRIMARY KEY,
    student_id         BIGINT        NOT NULL,
    run_id             BIGINT        NOT NULL,
    as_of              DATE          NOT NULL,
    attention          INT           NOT NULL,
    max_tier           INT           NULL,
    tiers              VARCHAR(1000) NOT NULL,
    flags              VARCHAR(2000) NOT NULL,
    CONSTRAINT uk_standing_student UNIQUE (student_id)
);
-- Read backwards, this index lists the students who need attention first without sorting the district.
CREATE INDEX ix_standing_attention ON student_standing (attention, max_tier);

CREATE TABLE intervention_plan (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    student_id               BIGINT        NOT NULL,
    domain                   VARCHAR(32)   NOT NULL,
    tier                     INT           NOT NULL,
    intervention             VARCHAR(200)  NOT NULL,
    sessions_per_week        INT           NOT NULL,
    minutes_per_session      INT           NOT NULL,
    interventionist          VARCHAR(200)  NOT NULL,
    progress_measure         VARCHAR(64)   NOT NULL,
    monitoring_interval_days INT           NOT NULL,
    goal_score               DOUBLE        NULL,
    goal_date                DATE          NULL,
    review_on                DATE          NOT NULL,
    accommodations           VARCHAR(4000) NOT NULL,
    iep_coordinated          BOOLEAN       NOT NULL,
    status                   VARCHAR(16)   NOT NULL,
    close_reason             VARCHAR(32)   NULL,
    recommended_by_rule      VARCHAR(300)  NULL,
    started_on               DATE          NULL,
    ended_on                 DATE          NULL,
    version                  INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_plan_student FOREIGN KEY (student_id) REFERENCES student (id)
);
CREATE INDEX ix_plan_student ON intervention_plan (student_id, status);

CREATE TABLE intervention_plan_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id     BIGINT        NOT NULL,
    happened_at TIMESTAMP     NOT NULL,
    username    VARCHAR(64)   NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    note        VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_plan_event_plan FOREIGN KEY (plan_id) REFERENCES intervention_plan (id)
);
CREATE INDEX ix_plan_event_plan ON intervention_plan_event (plan_id, happened_at);

-- Who saw or changed what about which student (FERPA); never updated, only appended.
CREATE TABLE access_log (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    happened_at        TIMESTAMP     NOT NULL,
    username           VARCHAR(64)   NOT NULL,
    action             VARCHAR(32)   NOT NULL,
    student_sourced_id VARCHAR(64)   NULL,
    detail             VARCHAR(1000) NOT NULL
);
CREATE INDEX ix_access_log_student ON access_log (student_sourced_id, happened_at);
CREATE INDEX ix_access_log_user ON access_log (username, happened_at);
CREATE INDEX ix_access_log_time ON access_log (happened_at);
