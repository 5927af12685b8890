package com.tiered.rulebook.domain;

import com.tiered.evaluation.domain.DomainDecision;
import com.tiered.evaluation.domain.FlagDecision;
import com.tiered.evaluation.domain.StudentDecisions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What two rule sets decide differently about one student in one domain ("-" for the student as a whole): the tier
 * before and after, the flags gained and lost, the plan before and after, and why each tier was given.
 */
public record DecisionChange(
        String studentId,
        String domain,
        Integer tierBefore,
        Integer tierAfter,
        List<String> flagsGained,
        List<String> flagsLost,
        String planBefore,
        String planAfter,
        String whyBefore,
        String whyAfter) {

    public DecisionChange {
        flagsGained = List.copyOf(flagsGained);
        flagsLost = List.copyOf(flagsLost);
    }

    /** +1 when the tier rises, -1 when it falls, 0 when it stays. */
    public int direction() {
        int before = tierBefore == null ? 0 : tierBefore;
        int after = tierAfter == null ? 0 : tierAfter;
        return Integer.compare(after, before);
    }

    public boolean planChanged() {
        return !Objects.equals(planBefore, planAfter);
    }

    /** The differences between the live decisions and the draft's about the same student. */
    public static List<DecisionChange> between(StudentDecisions before, StudentDecisions after) {
        Map<String, DomainDecision> was = byDomain(before);
        Map<String, DomainDecision> is = byDomain(after);
        Set<String> domains = new LinkedHashSet<>(was.keySet());
        domains.addAll(is.keySet());
        List<DecisionChange> changes = new ArrayList<>();
        for (String domain : domains) {
            DomainDecision b = was.get(domain);
            DomainDecision a = is.get(domain);
            Integer tierBefore = b == null ? null : b.tier();
            Integer tierAfter = a == null ? null : a.tier();
            List<String> flagsBefore = codes(b == null ? List.of() : b.flags());
            List<String> flagsAfter = codes(a == null ? List.of() : a.flags());
            String planBefore = plan(before, domain);
            String planAfter = plan(after, domain);
            if (!Objects.equals(tierBefore, tierAfter)
                    || !flagsBefore.equals(flagsAfter)
                    || !Objects.equals(planBefore, planAfter)) {
                changes.add(new DecisionChange(
                        before.studentId(),
                        domain,
                        tierBefore,
                        tierAfter,
                        minus(flagsAfter, flagsBefore),
                        minus(flagsBefore, flagsAfter),
                        planBefore,
                        planAfter,
                        why(b),
                        why(a)));
            }
        }
        List<String> studentBefore = codes(before.flags());
        List<String> studentAfter = codes(after.flags());
        if (!studentBefore.equals(studentAfter)) {
            changes.add(new DecisionChange(
                    before.studentId(),
                    StudentDecisions.STUDENT_LEVEL,
                    null,
                    null,
                    minus(studentAfter, studentBefore),
                    minus(studentBefore, studentAfter),
                    null,
                    null,
                    null,
                    null));
        }
        return changes;
    }

    private static Map<String, DomainDecision> byDomain(StudentDecisions d) {
        Map<String, DomainDecision> map = new TreeMap<>();
        d.domains().forEach(x -> map.put(x.domain(), x));
        return map;
    }

    private static List<String> codes(List<FlagDecision> flags) {
        return flags.stream().map(FlagDecision::code).sorted().distinct().toList();
    }

    private static List<String> minus(List<String> a, List<String> b) {
        return a.stream().filter(x -> !b.contains(x)).toList();
    }

    private static String plan(StudentDecisions d, String domain) {
        return d.plans().stream()
                .filter(p -> p.domain().equals(domain))
                .findFirst()
                .map(p -> "Tier " + p.tier() + ": " + (p.intervention() == null ? "no intervention" : p.intervention())
                        + ", " + p.sessionsPerWeek() + "×" + p.minutesPerSession() + " min, " + p.progressMeasure()
                        + " every " + p.monitoringIntervalDays() + " days")
                .orElse(null);
    }

    private static String why(DomainDecision d) {
        return d == null || d.tierRule() == null ? null : d.tierRule() + ": " + d.tierExplanation();
    }
}
