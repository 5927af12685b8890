package com.tiered.rulebook.infrastructure.drools;

import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.FlagTable;
import com.tiered.evaluation.domain.RuleMessage;
import com.tiered.evaluation.domain.RuleSetRejected;
import com.tiered.rulebook.domain.RuleCompiler;
import com.tiered.rulebook.domain.RuleFile;
import com.tiered.rulebook.domain.RuleSet;
import com.tiered.rulebook.infrastructure.drools.sandbox.RuleSandbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles a rule set with Drools at run time. Decision tables are turned into DRL first, so that the safety check
 * reads what will run and an error in a generated line can be reported at its table cell. The flags table is read
 * with them, so that its bad rows are refused in the same report.
 */
@ApplicationScoped
public class DroolsRuleCompiler implements RuleCompiler {
    private static final String SOURCE_ROOT = "src/main/resources/tiered/rules/";
    /** How long one batch of students (a chunk, a scenario) may take to decide before it is stopped. */
    static final Duration DEFAULT_BUDGET = Duration.ofSeconds(Long.getLong("tiered.rules.budgetSeconds", 60));

    private final RuleSandbox sandbox = new RuleSandbox();
    private final RuleWatchdog watchdog;

    public DroolsRuleCompiler() {
        this(DEFAULT_BUDGET);
    }

    public DroolsRuleCompiler(Duration budgetPerBatch) {
        this.watchdog = new RuleWatchdog(budgetPerBatch);
    }

    @Override
    public DecisionRules compile(RuleSet ruleSet) {
        List<RuleMessage> problems = new ArrayList<>();
        Map<String, String> drlByPath = new LinkedHashMap<>();
        Map<String, GeneratedDrl> tablesByDrlPath = new HashMap<>();
        for (RuleFile file : ruleSet.ruleFiles()) {
            if (file.isDecisionTable()) {
                GeneratedDrl generated = generate(file, problems);
                if (generated != null) {
                    drlByPath.put(generated.drlPath(), generated.drl());
                    tablesByDrlPath.put(generated.drlPath(), generated);
                }
            } else {
                drlByPath.put(file.path(), file.content());
            }
        }
        for (RuleMessage refused : sandbox.check(drlByPath)) {
            GeneratedDrl table = tablesByDrlPath.get(refused.file());
            problems.add(table == null ? refused : atCell(refused, table));
        }
        FlagTable flags = ruleSet.flagTable(problems);
        if (ruleSet.ruleFiles().isEmpty()) {
            problems.add(RuleMessage.error("(rule set)", 0, 0, "the rule set has no .drl or .drl.csv files"));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetRejected("The rule set was refused", problems);
        }
        RuleLocations locations = new RuleLocations();
        drlByPath.forEach((path, drl) -> locations.add(path, drl, tablesByDrlPath.get(path)));
        return new DroolsDecisionRules(
                ruleSet.version(), buildSafely(drlByPath, tablesByDrlPath), watchdog, locations, flags);
    }

    /** Whatever the compiler throws on a rule set that passed the check is a refusal, never a server error. */
    private static KieBase buildSafely(Map<String, String> drlByPath, Map<String, GeneratedDrl> tablesByDrlPath) {
        try {
            return build(drlByPath, tablesByDrlPath);
        } catch (RuleSetRejected e) {
            throw e;
        } catch (Throwable e) {
            throw new RuleSetRejected(
                    "The rule set does not compile",
                    List.of(RuleMessage.error(
                            "(rule set)",
                            0,
                            0,
                            "the rules could not be compiled: "
                                    + e.getClass().getSimpleName()
                                    + (e.getMessage() == null
                                            ? ""
                                            : ": "
                                                    + e.getMessage()
                                                            .lines()
                                                            .findFirst()
                                                            .orElse("")))));
        }
    }

    private static GeneratedDrl generate(RuleFile table, List<RuleMessage> problems) {
        try {
            String forDrools = FactColumns.forDrools(table.content());
            String drl = new SpreadsheetCompiler()
                    .compile(new ByteArrayInputStream(forDrools.getBytes(StandardCharsets.UTF_8)), InputType.CSV);
            return new GeneratedDrl(table.path(), drl, table.content());
        } catch (FactColumns.Refused e) {
            problems.add(new RuleMessage("ERROR", table.path(), e.row(), 0, e.cell(), e.getMessage()));
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(RuleMessage.error(table.path(), 0, 0, "the decision table cannot be read: " + e.getMessage()));
            return null;
        }
    }

    /** Compiles without the sandbox check: only the class loader stands between the code and the JVM (for tests). */
    static KieBase build(Map<String, String> drlByPath, Map<String, GeneratedDrl> tablesByDrlPath) {
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = services.newReleaseId("com.tiered.rules", "ruleset-" + UUID.randomUUID(), "1.0.0");
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        drlByPath.forEach((path, drl) -> files.write(SOURCE_ROOT + path, drl));
        RuleClassLoader loader = new RuleClassLoader(DroolsRuleCompiler.class.getClassLoader());
        KieBuilder builder = services.newKieBuilder(files, loader).buildAll();
        List<RuleMessage> errors = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            errors.add(toRuleMessage(message, tablesByDrlPath));
        }
        if (!errors.isEmpty()) {
            services.getRepository().removeKieModule(releaseId);
            throw new RuleSetRejected("The rule set does not compile", errors);
        }
        KieContainer container = services.newKieContainer(releaseId, loader);
        KieBase base = container.getKieBase();
        services.getRepository().removeKieModule(releaseId);
        return base;
    }

    private static RuleMessage toRuleMessage(Message message, Map<String, GeneratedDrl> tablesByDrlPath) {
        String path = message.getPath() == null
                ? "(rule set)"
                : message.getPath().replace(SOURCE_ROOT, "").replaceFirst("^tiered/rules/", "");
        String text = message.getText() == null ? "" : message.getText().trim();
        RuleMessage plain =
                new RuleMessage("ERROR", path, message.getLine(), columnOf(text, message.getColumn()), null, text);
        GeneratedDrl table = tablesByDrlPath.get(path);
        return table == null ? plain : atCell(plain, table);
    }

    /** Drools puts the column in the text ("[12:34]"), not in the message's own field. */
    private static int columnOf(String text, int given) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\\[(\\d+):(\\d+)\\]").matcher(text);
        return given > 0 ? given : m.find() ? Integer.parseInt(m.group(2)) : 0;
    }

    private static RuleMessage atCell(RuleMessage generatedLineMessage, GeneratedDrl table) {
        String cell = table.cellAt(generatedLineMessage.line());
        return new RuleMessage(
                generatedLineMessage.severity(),
                table.tableFile(),
                cell == null ? table.headerRowOf(generatedLineMessage.line()) : GeneratedDrl.rowOf(cell),
                0,
                cell,
                generatedLineMessage.text() + " (in the DRL generated from the table, line "
                        + generatedLineMessage.line() + ")");
    }
}
