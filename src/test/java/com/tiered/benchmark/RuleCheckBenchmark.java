package com.tiered.benchmark;

import com.tiered.rulebook.domain.RuleFile;
import com.tiered.rulebook.domain.RuleSet;
import com.tiered.rulebook.infrastructure.drools.DroolsRuleCompiler;
import com.tiered.rulebook.infrastructure.drools.FactColumns;
import com.tiered.rulebook.infrastructure.drools.sandbox.RuleSandbox;
import com.tiered.rulebook.rules.RuleFilesOnDisk;
import java.util.LinkedHashMap;
import java.util.Map;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * What the rule sandbox costs beside compiling: the check of the shipped rule set (its DRL and the DRL of its
 * decision tables) against a whole compile, which runs the same check first. Run (see docs/performance.md):
 * {@code java -cp … com.tiered.benchmark.RuleCheckBenchmark [rounds]}.
 */
public final class RuleCheckBenchmark {
    private RuleCheckBenchmark() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        RuleSet shipped = RuleFilesOnDisk.shipped();
        Map<String, String> drl = new LinkedHashMap<>();
        for (RuleFile f : shipped.ruleFiles()) {
            drl.put(
                    f.path(),
                    f.isDrl()
                            ? f.content()
                            : new SpreadsheetCompiler()
                                    .compile(
                                            new java.io.ByteArrayInputStream(FactColumns.forDrools(f.content())
                                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                                            InputType.CSV));
        }
        RuleSandbox sandbox = new RuleSandbox();
        DroolsRuleCompiler compiler = new DroolsRuleCompiler();
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            int refused = sandbox.check(drl).size();
            long checked = System.nanoTime();
            compiler.compile(shipped);
            long compiled = System.nanoTime();
            System.out.printf(
                    "round %2d: check %6.1f ms (%d refusals), whole compile %7.1f ms%n",
                    round, (checked - start) / 1e6, refused, (compiled - checked) / 1e6);
        }
    }
}
