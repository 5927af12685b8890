package com.tiered.caseload.application;

import com.tiered.caseload.domain.CaseloadBoard;
import com.tiered.caseload.domain.CaseloadBoard.Choice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * The values the caseload filters offer (schools, grades, domains, flags), read again when a district evaluation has
 * finished since, and at least once a minute: on 100k students reading them costs more than the page itself.
 */
@ApplicationScoped
public class CaseloadChoices {
    private static final long FRESH_FOR_NANOS = 60_000_000_000L;
    private static final long LOOK_AGAIN_NANOS = 2_000_000_000L;

    @Inject
    private CaseloadBoard board;

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
        if (s == null || age > FRESH_FOR_NANOS || age > LOOK_AGAIN_NANOS && board.latestDistrictRun() != s.run()) {
            s = new Snapshot(
                    System.nanoTime(),
                    board.latestDistrictRun(),
                    board.schools(null),
                    board.grades(),
                    board.domains(),
                    board.flagCodes());
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

    public List<String> flagCodes() {
        return current().flagCodes();
    }
}
