-- What a OneRoster import did to enrolment, kept beside its row counts: students withdrawn (left out of a bulk
-- users file, or listed as tobedeleted) and students reactivated (listed again after a withdrawal). Imports recorded
-- before this migration did not keep these counts: NULL says "not recorded", not zero.
ALTER TABLE import_record ADD COLUMN students_withdrawn INT NULL;
ALTER TABLE import_record ADD COLUMN students_reactivated INT NULL;
