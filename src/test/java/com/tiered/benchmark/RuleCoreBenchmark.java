package com.tiered.benchmark;

import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.StudentFacts;
import com.tiered.evaluation.reference.RandomDistrict;
import com.tiered.evaluation.reference.SpecEvaluator;
import com.tiered.rulebook.infrastructure.drools.DroolsRuleCompiler;
import com.tiered.rulebook.rules.RuleFilesOnDisk;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule core on in-memory facts: the Drools rules against the hand-written Java evaluator of the same spec, one
 * thread, in chunks of students (one session each) as the service runs them. Run (see docs/performance.md):
 * {@code java -Xmx1g -cp … com.tiered.benchmark.RuleCoreBenchmark [students] [rounds] [chunk]}.
 */
public final class RuleCoreBenchmark {
    private RuleCoreBenchmark() {}

    public static void main(String[] args) {
        int students = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int chunk = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        LocalDate asOf = LocalDate.of(2026, 2, 16);
        List<StudentFacts> district = new RandomDistrict(42, asOf).students(students);
        long compileStart = System.nanoTime();
        DecisionRules rules = new DroolsRuleCompiler().compile(RuleFilesOnDisk.shipped());
        System.out.printf("compile: %d ms%n", (System.nanoTime() - compileStart) / 1_000_000);
        SpecEvaluator java = new SpecEvaluator();
        List<Long> droolsMs = new ArrayList<>();
        List<Long> javaMs = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long t = System.nanoTime();
            for (int i = 0; i < district.size(); i += chunk) {
                rules.decide(asOf, district.subList(i, Math.min(district.size(), i + chunk)));
            }
            droolsMs.add((System.nanoTime() - t) / 1_000_000);
            t = System.nanoTime();
            java.decide(asOf, district);
            javaMs.add((System.nanoTime() - t) / 1_000_000);
            System.out.printf(
                    "round %d: drools %d ms, java %d ms%n", round + 1, droolsMs.get(round), javaMs.get(round));
        }
        long drools = best(droolsMs);
        long plain = best(javaMs);
        System.out.printf(
                "%d students, best of %d: drools %d ms, hand-written java %d ms, ratio %.2f%n",
                students, rounds, drools, plain, (double) drools / plain);
    }

    private static long best(List<Long> times) {
        return times.stream().mapToLong(Long::longValue).min().orElseThrow();
    }
}
