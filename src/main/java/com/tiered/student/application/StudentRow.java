package com.tiered.student.application;

/** One line of a student list. The getters are for the pages: Jakarta EL 5 does not read record components. */
public record StudentRow(String sourcedId, String name, String grade, String school, boolean ell, boolean withdrawn) {

    public String getSourcedId() {
        return sourcedId;
    }

    public String getName() {
        return name;
    }

    public String getGrade() {
        return grade;
    }

    public String getSchool() {
        return school;
    }

    public boolean isEll() {
        return ell;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }
}
