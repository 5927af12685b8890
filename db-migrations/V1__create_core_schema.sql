-- The core of Tiered: schools, students, their assessment and special-education data, staff and caseloads.
-- Plain SQL that runs unchanged on H2 (embedded mode) and MySQL 8 / MariaDB 10.11.

CREATE TABLE school (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    sourced_id  VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    CONSTRAINT uk_school_sourced_id UNIQUE (sourced_id)
);

CREATE TABLE student (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    sourced_id   VARCHAR(64)  NOT NULL,
    given_name   VARCHAR(100) NOT NULL,
    family_name  VARCHAR(100) NOT NULL,
    grade        VARCHAR(16)  NOT NULL,
    school_id    BIGINT       NOT NULL,
    ell          BOOLEAN      NOT NULL DEFAULT FALSE,
    withdrawn    BOOLEAN      NOT NULL DEFAULT FALSE,
    changed_at   TIMESTAMP    NULL,
    CONSTRAINT uk_student_sourced_id UNIQUE (sourced_id),
    CONSTRAINT fk_student_school FOREIGN KEY (school_id) REFERENCES school (id)
);
CREATE INDEX ix_student_name ON student (family_name, given_name);
CREATE INDEX ix_student_school_grade ON student (school_id, grade);

CREATE TABLE screening_result (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    student_id       BIGINT      NOT NULL,
    domain           VARCHAR(32) NOT NULL,
    measure          VARCHAR(64) NOT NULL,
    screening_window VARCHAR(8)  NOT NULL,
    administered_on  DATE        NOT NULL,
    score            DOUBLE      NOT NULL,
    percentile       INT         NULL,
    CONSTRAINT uk_screening UNIQUE (student_id, domain, measure, administered_on),
    CONSTRAINT fk_screening_student FOREIGN KEY (student_id) REFERENCES student (id)
);

CREATE TABLE progress_point (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    student_id      BIGINT      NOT NULL,
    domain          VARCHAR(32) NOT NULL,
    measure         VARCHAR(64) NOT NULL,
    administered_on DATE        NOT NULL,
    score           DOUBLE      NOT NULL,
    CONSTRAINT uk_progress UNIQUE (student_id, domain, measure, administered_on),
    CONSTRAINT fk_progress_student FOREIGN KEY (student_id) REFERENCES student (id)
);

CREATE TABLE goal (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    student_id     BIGINT      NOT NULL,
    domain         VARCHAR(32) NOT NULL,
    measure        VARCHAR(64) NOT NULL,
    baseline_score DOUBLE      NOT NULL,
    baseline_date  DATE        NOT NULL,
    goal_score     DOUBLE      NOT NULL,
    goal_date      DATE        NOT NULL,
    CONSTRAINT uk_goal UNIQUE (student_id, domain),
    CONSTRAINT fk_goal_student FOREIGN KEY (student_id) REFERENCES student (id)
);

CREATE TABLE special_education_plan (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    student_id         BIGINT        NOT NULL,
    kind               VARCHAR(8)    NOT NULL,
    domains            VARCHAR(400)  NOT NULL,
    start_date         DATE          NOT NULL,
    annual_review_date DATE          NOT NULL,
    reevaluation_date  DATE          NULL,
    accommodations     VARCHAR(4000) NOT NULL,
    CONSTRAINT uk_special_education_plan UNIQUE (student_id, kind),
    CONSTRAINT fk_sped_plan_student FOREIGN KEY (student_id) REFERENCES student (id)
);

CREATE TABLE referral (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    student_id              BIGINT      NOT NULL,
    domain                  VARCHAR(32) NOT NULL,
    consent_date            DATE        NOT NULL,
    evaluation_completed_on DATE        NULL,
    CONSTRAINT uk_referral UNIQUE (student_id, domain, consent_date),
    CONSTRAINT fk_referral_student FOREIGN KEY (student_id) REFERENCES student (id)
);

CREATE TABLE staff_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(400) NOT NULL,
    CONSTRAINT uk_staff_user_username UNIQUE (username)
);

CREATE TABLE staff_role (
    username VARCHAR(64) NOT NULL,
    role     VARCHAR(32) NOT NULL,
    PRIMARY KEY (username, role)
);

-- The schools a member of staff works in: their scope.
CREATE TABLE staff_school (
    staff_user_id BIGINT NOT NULL,
    school_id     BIGINT NOT NULL,
    PRIMARY KEY (staff_user_id, school_id),
    CONSTRAINT fk_staff_school_user FOREIGN KEY (staff_user_id) REFERENCES staff_user (id),
    CONSTRAINT fk_staff_school_school FOREIGN KEY (school_id) REFERENCES school (id)
);

-- A specialist's caseload: the students they work with.
CREATE TABLE caseload_member (
    staff_user_id BIGINT NOT NULL,
    student_id    BIGINT NOT NULL,
    PRIMARY KEY (staff_user_id, student_id),
    CONSTRAINT fk_caseload_user FOREIGN KEY (staff_user_id) REFERENCES staff_user (id),
    CONSTRAINT fk_caseload_student FOREIGN KEY (student_id) REFERENCES student (id)
);
