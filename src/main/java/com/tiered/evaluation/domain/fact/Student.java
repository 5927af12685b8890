package com.tiered.evaluation.domain.fact;

import java.util.Objects;

/** A student as the rules see one. */
public final class Student {
    private final String id;
    private final String grade;
    private final String school;
    private final boolean ell;
    private final int gradeLevel;

    public Student(String id, String grade, String school, boolean ell) {
        this.id = Objects.requireNonNull(id, "id");
        this.grade = grade;
        this.school = school;
        this.ell = ell;
        this.gradeLevel = gradeLevel(grade);
    }

    public String getId() {
        return id;
    }

    public String getGrade() {
        return grade;
    }

    public String getSchool() {
        return school;
    }

    /** English learner. */
    public boolean isEll() {
        return ell;
    }

    /** The grade as a number for grade bands: KG is 0, "01" to "12" are 1 to 12, any other code is -1. */
    public int getGradeLevel() {
        return gradeLevel;
    }

    static int gradeLevel(String grade) {
        if (grade == null) {
            return -1;
        }
        if (grade.equals("KG")) {
            return 0;
        }
        if (grade.length() == 2 && Character.isDigit(grade.charAt(0)) && Character.isDigit(grade.charAt(1))) {
            int level = Integer.parseInt(grade);
            return level >= 1 && level <= 12 ? level : -1;
        }
        return -1;
    }
}
