package com.tiered.caseload.application;

import com.tiered.caseload.domain.CaseloadBoard;
import com.tiered.caseload.domain.CaseloadBoard.Choice;
import com.tiered.evaluation.application.StudentDecisionsQuery;
import com.tiered.evaluation.domain.EvaluationRun;
import com.tiered.evaluation.domain.RulesInUse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * The values the caseload filters offer (schools, grades, domains, flags), read again when a district evaluation has
 * finished since, and at least once a minute: on 100k students reading them costs more than the page itself. The
 * domains and flags are those of the latest district evaluation; the flags in the order of the live rules' table.
 */
@ApplicationScoped
public class CaseloadChoices {
    private static final long FRESH_FOR_NANOS = 60_000_000_000L;
    private static final long LOOK_AGAIN_NANOS = 2_000_000_000L;

    @Inject
    private CaseloadBoard board;

    @Inject
    private StudentDecisionsQuery decisions;

    @Inject
    private RulesInUse live;

    private volatile Snapshot snapshot;

    private record Snapshot(
            long readAt,
            long run,
            List<Choice> schools,
            List<String> grades,
            List<String> domains,
            List<String> flagCodes) {}

    private Snapshot current() {
        Snapshot s = snapshot;
        long age = s == null ? 0 : System.nanoTime() - s.readAt();
        // A page asks for the choices several times while it renders: look for a new evaluation every few seconds.
        if (s == null || age > FRESH_FOR_NANOS || age > LOOK_AGAIN_NANOS && latestDistrictRun() != s.run()) {
            long run = latestDistrictRun();
            s = new Snapshot(
                    System.nanoTime(),
                    run,
                    board.schools(null),
                    board.grades(),
                    board.domains(run),
                    board.flagCodes(run));
            snapshot = s;
        }
        return s;
    }

    /** The schools within scope (null: all). */
    public List<Choice> schools(Set<Long> scope) {
        return current().schools().stream()
                .filter(c -> scope == null || scope.contains(Long.valueOf(c.value())))
                .toList();
    }

    public List<String> grades() {
        return current().grades();
    }

    public List<String> domains() {
        return current().domains();
    }

    /** The flags of the latest district evaluation, in the order the live rules' flags table gives them. */
    public List<String> flagCodes() {
        return live.flags().sorted(current().flagCodes());
    }

    /** The id of the latest finished district evaluation, 0 when there is none. */
    private long latestDistrictRun() {
        return decisions.latestDistrictRun().map(EvaluationRun::id).orElse(0L);
    }
}
