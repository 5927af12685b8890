package com.tiered.benchmark;

import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.StudentFacts;
import com.tiered.evaluation.reference.RandomDistrict;
import com.tiered.rulebook.domain.RuleFile;
import com.tiered.rulebook.domain.RuleSet;
import com.tiered.rulebook.infrastructure.drools.DroolsRuleCompiler;
import com.tiered.rulebook.rules.RuleFilesOnDisk;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each rule file adds to the rule core's time: the shipped decision tables alone (facts inserted, tables fired,
 * decisions collected), then the DRL files added one at a time in the order their rules fire (highest salience
 * first), each step timed as {@link RuleCoreBenchmark} times the whole. Run (see docs/performance.md):
 * {@code java -Xmx1g -cp … com.tiered.benchmark.RuleFileCostBenchmark [students] [rounds]}.
 */
public final class RuleFileCostBenchmark {
    private static final Pattern SALIENCE = Pattern.compile("salience\\s+(-?\\d+)");
    private static final int CHUNK = 500;

    private RuleFileCostBenchmark() {}

    public static void main(String[] args) {
        int students = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        LocalDate asOf = LocalDate.of(2026, 2, 16);
        List<StudentFacts> district = new RandomDistrict(42, asOf).students(students);
        RuleSet shipped = RuleFilesOnDisk.shipped();
        List<RuleFile> included = new ArrayList<>(
                shipped.ruleFiles().stream().filter(f -> !f.isDrl()).toList());
        List<RuleFile> drl = shipped.ruleFiles().stream()
                .filter(RuleFile::isDrl)
                .sorted(Comparator.comparingInt(RuleFileCostBenchmark::highestSalience)
                        .reversed())
                .toList();
        long previous = best(new RuleSet(included), asOf, district, rounds);
        System.out.printf("%-28s %6d ms%n", "decision tables only", previous);
        for (RuleFile file : drl) {
            included.add(file);
            long time = best(new RuleSet(included), asOf, district, rounds);
            System.out.printf("%-28s %6d ms (+%d ms)%n", "+ " + file.path(), time, time - previous);
            previous = time;
        }
    }

    private static long best(RuleSet ruleSet, LocalDate asOf, List<StudentFacts> district, int rounds) {
        DecisionRules rules = new DroolsRuleCompiler().compile(ruleSet);
        long best = Long.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < district.size(); i += CHUNK) {
                rules.decide(asOf, district.subList(i, Math.min(district.size(), i + CHUNK)));
            }
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        return best;
    }

    private static int highestSalience(RuleFile file) {
        Matcher m = SALIENCE.matcher(file.content());
        int highest = 0;
        while (m.find()) {
            highest = Math.max(highest, Integer.parseInt(m.group(1)));
        }
        return highest;
    }
}
