-- Keep each student's screening results and progress points together on disk: InnoDB stores a table in primary-key
-- order, and an evaluation reads these rows student by student (1.4M rows for 100k students). With the auto-increment
-- id as the key, a student's ten results sat on ten different pages; keyed by (student_id, id) they share one or two.
-- The id stays unique (and auto-increment) through its own index. On H2 this only changes which index is primary.
-- Two statements per table, as H2 does not take DROP and ADD PRIMARY KEY in one: MySQL rebuilds the table twice.
CREATE UNIQUE INDEX uk_screening_id ON screening_result (id);
ALTER TABLE screening_result DROP PRIMARY KEY;
ALTER TABLE screening_result ADD PRIMARY KEY (student_id, id);

CREATE UNIQUE INDEX uk_progress_id ON progress_point (id);
ALTER TABLE progress_point DROP PRIMARY KEY;
ALTER TABLE progress_point ADD PRIMARY KEY (student_id, id);
