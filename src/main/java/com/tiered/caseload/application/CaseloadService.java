package com.tiered.caseload.application;

import com.tiered.audit.application.AccessRecorder;
import com.tiered.audit.domain.AccessAction;
import com.tiered.caseload.domain.CaseloadBoard;
import com.tiered.caseload.domain.CaseloadBoard.Choice;
import com.tiered.caseload.domain.CaseloadEntry;
import com.tiered.caseload.domain.CaseloadFilter;
import com.tiered.caseload.domain.CaseloadSort;
import com.tiered.identity.application.CurrentStaff;
import com.tiered.identity.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Consumer;

/**
 * The caseload table's facade. The page says what it wants to see; the scope (the user's schools) and "my caseload
 * first" for a specialist are added here, so no filter the page sends can widen what the user sees.
 */
@RequestScoped
public class CaseloadService {
    @Inject
    private CaseloadBoard board;

    @Inject
    private CurrentStaff staff;

    @Inject
    private AccessRecorder access;

    @Inject
    private CaseloadChoices choices;

    /** What the page asks for; the fields mean what they mean in {@link CaseloadFilter}. */
    public record Wanted(
            Long schoolId,
            String grade,
            String domain,
            Integer tier,
            String flag,
            String name,
            boolean caseloadOnly,
            boolean attentionOnly,
            boolean unmonitored,
            boolean reviewOverdue) {}

    /** A page of the list; each read is in the access log with what was asked (the list names students). */
    public List<CaseloadEntry> page(Wanted wanted, CaseloadSort sort, boolean ascending, int first, int size) {
        List<CaseloadEntry> rows = board.page(filter(wanted), sort, ascending, first, size);
        access.record(
                AccessAction.VIEWED_LIST,
                null,
                "Caseload rows " + (first + 1) + "-" + (first + rows.size()) + ": " + wanted);
        return rows;
    }

    public long count(Wanted wanted) {
        return board.count(filter(wanted));
    }

    public void export(Wanted wanted, CaseloadSort sort, Consumer<CaseloadEntry> sink) {
        access.record(AccessAction.EXPORTED, null, "Caseload CSV: " + wanted);
        board.each(filter(wanted), sort, sink);
    }

    public List<Choice> schools() {
        return choices.schools(staff.schoolScope());
    }

    public List<String> grades() {
        return choices.grades();
    }

    public List<String> domains() {
        return choices.domains();
    }

    public List<String> flagCodes() {
        return choices.flagCodes();
    }

    private CaseloadFilter filter(Wanted w) {
        Long me =
                staff.is(Role.SPECIALIST) && staff.user() != null ? staff.user().getId() : null;
        return new CaseloadFilter(
                staff.schoolScope(),
                w.schoolId(),
                w.grade(),
                w.domain(),
                w.tier(),
                w.flag(),
                w.name(),
                w.caseloadOnly() ? me : null,
                w.attentionOnly(),
                w.unmonitored(),
                w.reviewOverdue(),
                me);
    }
}
