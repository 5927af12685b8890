package com.tiered.importing.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A bulk users file that would withdraw more than a fifth of a school's students, sent without the caller's
 * confirmation: refused whole, nothing stored. The same file with {@code confirmWithdrawals=true} goes through.
 */
public class WithdrawalsUnconfirmed extends FileRefused {
    private final transient List<WithdrawalPlan.School> schools;

    public WithdrawalsUnconfirmed(List<WithdrawalPlan.School> schools) {
        super("users.csv is a bulk file, and the students it leaves out would be withdrawn: "
                + schools.stream()
                        .map(s -> s.leftOut().size() + " of the " + s.activeStudents() + " active students of "
                                + s.name() + " (" + s.school() + ")")
                        .collect(Collectors.joining("; "))
                + " — more than a fifth of the school. Nothing was imported. If they have left, import the bundle"
                + " again with confirmWithdrawals=true (on the import page: tick \"Confirm withdrawals\").");
        this.schools = List.copyOf(schools);
    }

    /** The schools over the limit, with the students each would lose. */
    public List<WithdrawalPlan.School> schools() {
        return schools;
    }
}
