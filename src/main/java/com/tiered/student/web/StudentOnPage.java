package com.tiered.student.web;

import com.tiered.student.application.StudentRecord;

/**
 * The student the student page shows, as its blocks from other contexts (plans, progress entry) see it: they read the
 * record and ask for it to be read again after a change. The page itself is assembled above them (overview).
 */
public interface StudentOnPage {

    StudentRecord getRecord();

    /** Reads the student again after a change made on the page, the rules' decisions included. */
    void reload();
}
