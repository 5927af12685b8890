package com.tiered.importing.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The students a bulk OneRoster users file withdraws by leaving them out: the active students of the bundle's schools
 * whom it does not list. A school that would lose more than a fifth of its active students this way is held back
 * until the caller confirms, because a truncated or wrongly filtered export looks exactly like a mass departure.
 */
public final class WithdrawalPlan {
    /** Nobody is withdrawn for being left out (a delta users file, or no bulk one). */
    public static final WithdrawalPlan NONE = new WithdrawalPlan(List.of());

    /** One school of the bundle as stored before the import: its active students. */
    public record Roster(String school, String name, Collection<String> activeStudents) {}

    /** What the plan does to one school: how many students it had active, and who is left out. */
    public record School(String school, String name, int activeStudents, List<String> leftOut) {
        /** More than a fifth of the school's active students would be withdrawn. */
        public boolean overLimit() {
            return (long) leftOut.size() * 5 > activeStudents;
        }
    }

    private final List<School> schools;

    private WithdrawalPlan(List<School> schools) {
        this.schools = List.copyOf(schools);
    }

    /**
     * @param rosters the schools of the bundle, each with its active students
     * @param listed every student the users file lists (whatever the row's status, even a row it rejects: only a
     *     student it does not name at all is withdrawn)
     */
    public static WithdrawalPlan of(Collection<Roster> rosters, Set<String> listed) {
        List<School> schools = new ArrayList<>();
        for (Roster roster : rosters) {
            List<String> leftOut = roster.activeStudents().stream()
                    .filter(id -> !listed.contains(id))
                    .sorted()
                    .toList();
            if (!leftOut.isEmpty()) {
                schools.add(new School(
                        roster.school(), roster.name(), roster.activeStudents().size(), leftOut));
            }
        }
        return new WithdrawalPlan(schools);
    }

    /** The schools that lose students, in the order given. */
    public List<School> schools() {
        return schools;
    }

    /** Every student to withdraw. */
    public List<String> students() {
        return schools.stream().flatMap(s -> s.leftOut().stream()).toList();
    }

    /** The schools that would lose more than a fifth of their active students. */
    public List<School> overLimit() {
        return schools.stream().filter(School::overLimit).toList();
    }

    /**
     * @throws WithdrawalsUnconfirmed when a school would lose more than a fifth of its students and the caller has not
     *     confirmed
     */
    public void requireConfirmation(boolean confirmed) {
        if (!confirmed && !overLimit().isEmpty()) {
            throw new WithdrawalsUnconfirmed(overLimit());
        }
    }
}
