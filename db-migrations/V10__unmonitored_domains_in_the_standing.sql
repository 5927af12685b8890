-- The caseload's "unmonitored" filter (Tier 2 or 3 in a domain, not one progress point there) probed each such
-- student's decisions and points: about 650 ms at 100k students on MariaDB. The evaluation now keeps those domains in
-- the student's standing ("READING;MATH"), so the filter reads one column. Standings written before this migration
-- are filled here from their run's decisions and the points already stored.
ALTER TABLE student_standing ADD COLUMN unmonitored VARCHAR(1000) NOT NULL DEFAULT '';

UPDATE student_standing SET unmonitored = COALESCE(
    (SELECT GROUP_CONCAT(t.domain ORDER BY t.domain SEPARATOR ';')
       FROM domain_decision t
      WHERE t.run_id = student_standing.run_id
        AND t.student_sourced_id = student_standing.student_sourced_id
        AND t.tier >= 2
        AND NOT EXISTS (SELECT 1 FROM progress_point p
                         WHERE p.student_id = student_standing.student_id AND p.domain = t.domain)),
    '');
