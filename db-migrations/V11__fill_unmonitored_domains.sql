-- The unmonitored domains of the standings stored before V10: from each standing's run (its Tier 2 and 3 domains)
-- and the progress points already stored.
UPDATE student_standing SET unmonitored = COALESCE(
    (SELECT GROUP_CONCAT(t.domain ORDER BY t.domain SEPARATOR ';')
       FROM domain_decision t
      WHERE t.run_id = student_standing.run_id
        AND t.student_sourced_id = student_standing.student_sourced_id
        AND t.tier >= 2
        AND NOT EXISTS (SELECT 1 FROM progress_point p
                         WHERE p.student_id = student_standing.student_id AND p.domain = t.domain)),
    '');
