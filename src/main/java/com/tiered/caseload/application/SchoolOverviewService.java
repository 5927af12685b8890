package com.tiered.caseload.application;

import com.tiered.audit.application.AccessRecorder;
import com.tiered.audit.domain.AccessAction;
import com.tiered.caseload.domain.CaseloadBoard;
import com.tiered.caseload.domain.CaseloadBoard.Choice;
import com.tiered.caseload.domain.SchoolBoard;
import com.tiered.caseload.domain.SchoolOverview;
import com.tiered.identity.application.CurrentStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A school's overview for its principal, or for a coordinator or administrator (any school); others are refused. */
@RequestScoped
public class SchoolOverviewService {
    @Inject
    private SchoolBoard board;

    @Inject
    private CaseloadBoard caseloads;

    @Inject
    private CurrentStaff staff;

    @Inject
    private AccessRecorder access;

    /** The schools the user may open, by name. */
    public List<Choice> schools() {
        return caseloads.schools(staff.schoolScope());
    }

    /**
     * @throws SchoolNotInScope when the school is not one of the user's
     */
    public Optional<SchoolOverview> overview(long schoolId) {
        Set<Long> scope = staff.schoolScope();
        if (scope != null && !scope.contains(schoolId)) {
            access.record(AccessAction.REFUSED, null, "School " + schoolId + " is outside the user's schools");
            throw new SchoolNotInScope(schoolId);
        }
        access.record(AccessAction.VIEWED_LIST, null, "School overview of school " + schoolId);
        return board.overview(schoolId, LocalDate.now());
    }

    /** A school outside the user's scope. */
    public static class SchoolNotInScope extends RuntimeException {
        public SchoolNotInScope(long schoolId) {
            super("School " + schoolId + " is outside your schools");
        }
    }
}
