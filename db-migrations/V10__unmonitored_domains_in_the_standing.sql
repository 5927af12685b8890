-- The caseload's "unmonitored" filter (Tier 2 or 3 in a domain, not one progress point there) probed each such
-- student's decisions and points: about 650 ms at 100k students on MariaDB. The evaluation now keeps those domains in
-- the student's standing ("READING;MATH"), so the filter reads one column. Standings written before this migration
-- are filled by V11 (apart: MySQL commits an ALTER on its own, and a failed fill must not leave it half-done).
ALTER TABLE student_standing ADD COLUMN unmonitored VARCHAR(1000) NOT NULL DEFAULT '';
