package com.tiered.demo.domain;

/** Where the demo district is written, and taken out again when a real district's first file arrives. */
public interface DemoStore {

    /** Stores the district; answers how many students it holds. */
    int write(DemoData data);

    /** Puts every student of the school on the user's caseload. */
    void fillCaseload(String username, String schoolSourcedId);

    /** Removes the demo's students and everything kept about them; answers how many. */
    int clearDemoStudents();
}
