package com.tiered.rulebook.infrastructure.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.evaluation.domain.RuleMessage;
import com.tiered.rulebook.infrastructure.drools.sandbox.RuleSandbox;
import com.tiered.rulebook.rules.RuleFilesOnDisk;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rule language: what a specialist may write passes the check untouched, and each thing outside it is refused
 * with its line, column and a sentence saying why.
 */
class RuleSandboxTest {
    private final RuleSandbox sandbox = new RuleSandbox();

    @Test
    void theShippedRulesKeepToTheRuleLanguage() {
        assertEquals(List.of(), new DroolsRuleCompilerProbe().refusals(RuleFilesOnDisk.shipped()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // conditions: properties, bindings, operators, nested properties, fact methods, this
                "$s : Student( grade == \"03\", ell == true, $id : id ) Flag( studentId == $id, code != \"X\" )",
                "$s : Student() $p : ProgressSeries( studentId == $s.id, $on : latest.administeredOn ) AsOf( daysSince($on) > 2 * 7 )",
                "$s : Student() $plan : SpecialEducationPlan( studentId == $s.id, domains contains \"READING\", kind == \"IEP\" ) AsOf( this != null )",
                // not, exists, forall, or, eval
                "$s : Student() not Flag( studentId == $s.id ) exists Screening( studentId == $s.id )",
                "$s : Student() forall( $t : FinalTier( studentId == $s.id, tier >= 2 ) Flag( studentId == $t.studentId ) )",
                "$s : Student() eval( $s.getGrade().length() == 2 )",
                "$s : Student() ( Flag( studentId == $s.id, code == \"A\" ) or Flag( studentId == $s.id, code == \"B\" ) )",
                // collect, accumulate with built-in functions, from a fact's list
                "$s : Student( $id : id ) $l : java.util.List( size > 1 ) from collect( Screening( studentId == $id ) )",
                "$s : Student( $id : id ) accumulate( Screening( studentId == $id, $p : percentile != null );"
                        + " $n : count( $p ), $low : min( $p ) )",
                "$s : Student( $id : id ) $g : GoalSeries( studentId == $id ) $pt : ProgressPoint( score > 10 ) from $g.points"
            })
    void conditionsAStudentDecisionNeedsPass(String conditions) {
        String drl = rule(
                conditions, "insert(new Flag($s.getId(), \"READING\", \"X\", drools.getRule().getName(), \"x\"));");
        assertEquals(List.of(), sandbox.check(Map.of("ok.drl", drl)), drl);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "int tier = Math.min($s.getGrade().length() + 1, 3);\n"
                        + "String why = tier > 2 ? \"high\" : \"low\";\n"
                        + "if (why.startsWith(\"h\")) { insert(new FinalTier($s.getId(), \"READING\", tier, \"r\", why)); }"
                        + " else { tier = tier - 1; }",
                "java.time.LocalDate due = $asOf.plusDays(60);\n"
                        + "insert(new Flag($s.getId(), \"READING\", \"DUE\", drools.getRule().getName(),"
                        + " \"due \" + due + \" in \" + ChronoUnit.DAYS.between($asOf.getDate(), due)));",
                "Flag f = new Flag($s.getId(), \"READING\", \"X\", \"r\", \"x\"); insert(f); update($s);",
                "modify($s) { toString() }"
            })
    void actionsThatComputeAndInsertFactsPass(String action) {
        String drl =
                """
                package tiered.rules;
                import com.tiered.evaluation.domain.fact.*;
                import java.time.temporal.ChronoUnit;
                rule "r"
                when
                    $s : Student()
                    $asOf : AsOf()
                then
                    %s
                end
                """
                        .formatted(action);
        assertEquals(List.of(), sandbox.check(Map.of("ok.drl", drl)), drl);
    }

    @Test
    void aFunctionWithPlainCodeMayBeCalledFromAnotherFile() {
        String functions =
                """
                package tiered.rules;
                import java.time.LocalDate;
                function LocalDate yearStart(LocalDate date) {
                    int year = date.getMonthValue() >= 7 ? date.getYear() : date.getYear() - 1;
                    return LocalDate.of(year, 7, 1);
                }
                """;
        String rules = rule("$asOf : AsOf( yearStart(date) != null )", "LocalDate start = yearStart($asOf.getDate());");
        assertEquals(
                List.of(),
                sandbox.check(Map.of(
                        "functions.drl",
                        functions,
                        "rules.drl",
                        rules.replace(
                                "import com.tiered.evaluation.domain.fact.*;",
                                "import com.tiered.evaluation.domain.fact.*;\nimport java.time.LocalDate;"))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a file writer | new java.io.FileWriter(\"/tmp/x\"); | 7 | rules may not create a FileWriter",
                "a spaced name | new java . io . FileWriter(\"/tmp/x\"); | 7 | rules may not create a FileWriter",
                "System | System.exit(1); | 7 | rules may not use System",
                "a class literal | Object o = Student.class; | 7 | rules may not use .class",
                "getClass | Object o = $s.getClass(); | 7 | rules may not call Student.getClass()",
                "a loop | for (int i = 0; ; i++) { } | 7 | rules may not loop",
                "an array | long[] a = new long[200000000]; | 7 | rules may not use arrays",
                "a lambda | Runnable r = () -> {}; | 7 | rules may not use the type Runnable",
                "an anonymous class | Object o = new Object() { }; | 7 | rules may not declare classes",
                "try | try { } catch (Exception e) { } | 7 | rules may not throw or catch",
                "the engine | drools.getKieRuntime().halt(); | 7 | rules may only use drools.getRule().getName()",
                "kcontext | kcontext.getKieRuntime(); | 7 | rules may only use drools.getRule().getName()",
                "repeat | String s = \"x\".repeat(1000000000); | 7 | rules may not call String.repeat()",
                "now | java.time.LocalDate d = java.time.LocalDate.now(); | 7 | rules may not call LocalDate.now()",
                "a second line | String ok = \"\";/n    System.exit(1); | 8 | rules may not use System",
                "text doubling | String a = $s.getId(); a = a + a; a = a + a; a = a + a; a = a + a; a = a + a; a = a + a;"
                        + " a = a + a; | 7 | this action could build text of unbounded size",
                "text doubling through new names | String a = $s.getId(); String b = a + a; String c = b + b;"
                        + " String d = c + c; String e = d + d; String f = e + e; String g = f + f; String h = g + g;"
                        + " | 7 | this action could build text of unbounded size",
                "a huge decimal | java.math.BigDecimal d = java.math.BigDecimal.valueOf(1, -1000000); | 7 |"
                        + " rules may not call BigDecimal.valueOf()",
                "random | double r = Math.random(); | 7 | rules may not call Math.random()",
                "a backslash the engine reads differently | /*/ *\\x/ String s = \"\"; /* */ | 7 |"
                        + " the engine would read this action differently"
            })
    void actionsOutsideTheLanguageAreRefusedAtTheirLine(String what, String action, int line, String sentence) {
        List<RuleMessage> refused =
                sandbox.check(Map.of("bad.drl", rule("$s : Student()", action.replace("/n", "\n"))));
        assertTrue(
                refused.stream()
                        .anyMatch(m -> m.file().equals("bad.drl")
                                && m.line() == line
                                && m.column() > 0
                                && m.text().startsWith(sentence)),
                what + ": " + refused);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "an import | import java.io.File; | 2 | rules may not import java.io.File",
                "a global | global java.util.List sink; | 2 | rules may not declare globals",
                "a declare | declare Sneaky name : String end | 2 | rules may not declare new types",
                "a query | query \"q\" Student() end | 2 | rule files may not declare queries",
                "a function that recurses | function int f(int n) { return f(n + 1); } | 2 | the function f calls itself",
                "a function that loops | function void f() { while (true) { } } | 2 | rules may not loop",
                "an mvel dialect | dialect \"mvel\" | 2 | rules are written in Java",
                "a unicode escape | // \\u000a System.exit(1); | 2 | rule files may not use \\u escapes"
            })
    void fileDeclarationsOutsideTheLanguageAreRefused(String what, String declaration, int line, String sentence) {
        String drl = "package tiered.rules;\n" + declaration.replace("\\\\u", "\\u")
                + "\nimport com.tiered.evaluation.domain.fact.*;\n";
        List<RuleMessage> refused = sandbox.check(Map.of("bad.drl", drl));
        assertTrue(
                refused.stream().anyMatch(m -> m.line() == line && m.text().startsWith(sentence)),
                what + ": " + refused);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a condition calling code | Student( new java.io.File(\"/tmp/x\").exists() ) | rules may not create a File",
                "from over code | $f : String() from new java.io.File(\"/\").list() | rules may not create a File",
                "a regex operator | Student( id matches \".*\" ) | rules may not use the operator 'matches'",
                "an entry point | Student() from entry-point \"sneaky\" | rules may not match facts from entrypoint",
                "custom accumulate code | Number() from accumulate( Student(), init( int n = 0; ), action( n++; ),"
                        + " result( n ) ) | accumulate may only use count",
                "a timer | Student() | rules may not use the attribute 'timer'",
                "a join across students | $a : Student() $b : Student() | this Student pattern must be tied",
                "groupby | groupby( $s : Student() ; $key : $s.getGrade() ; $n : count() ) | rules may not match facts from"
            })
    void conditionsOutsideTheLanguageAreRefused(String what, String conditions, String sentence) {
        String drl = rule(conditions, "");
        if (what.equals("a timer")) {
            drl = drl.replace("when", "timer (int: 0 1s)\nwhen");
        }
        List<RuleMessage> refused = sandbox.check(Map.of("bad.drl", drl));
        assertTrue(
                refused.stream().anyMatch(m -> m.line() > 0 && m.text().startsWith(sentence)), what + ": " + refused);
    }

    /**
     * A grid cell is a value: with the table's quotes escaped (the default), a cell that tries to close its quotes
     * and the call stays text inside the string, and the rule set is harmless and compiles.
     */
    @Test
    void aCellValueThatTriesToLeaveItsQuotesStaysText() throws Exception {
        java.nio.file.Path marker = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "tiered-cell.marker");
        java.nio.file.Files.deleteIfExists(marker);
        String payload = "URGENT\")); new java . io . FileWriter(\"" + marker + "\").close(); insert(new"
                + " PercentileBand(3, 4, \"URGENT";
        String table = String.join(
                "\n",
                "RuleSet,tiered.rules",
                "Import,com.tiered.evaluation.domain.fact.PercentileBand",
                "PRIORITY,1000",
                ",",
                "RuleTable Bands",
                "NAME,ACTION,ACTION,ACTION",
                ",,,",
                ",int from = $param;,int below = $param;,\"insert(new PercentileBand(from, below, \"\"$param\"\"));\"",
                "Band,From,Below,Risk",
                "A band,1,2,\"" + payload.replace("\"", "\"\"") + "\"",
                "");
        var rules = new DroolsRuleCompiler()
                .compile(new com.tiered.rulebook.domain.RuleSet(
                        List.of(new com.tiered.rulebook.domain.RuleFile("bands.drl.csv", table))));
        rules.decide(java.time.LocalDate.of(2026, 2, 16), List.of());
        assertFalse(java.nio.file.Files.exists(marker), "the cell's text ran as code");
    }

    @Test
    void codeHiddenInAStringThatLooksLikeAModifyBlockIsStillRead() {
        String action = "String a = \"modify($s) {\"; System.exit(0); String b = \"}\";";
        List<RuleMessage> refused = sandbox.check(Map.of("bad.drl", rule("$s : Student()", action)));
        assertTrue(refused.stream().anyMatch(m -> m.text().startsWith("rules may not use System")), refused.toString());
    }

    @Test
    void aFileNestedDeepEnoughToOverflowTheParserIsRefusedNotAnError() {
        String deep = "(".repeat(20_000) + "1" + ")".repeat(20_000);
        List<RuleMessage> refused = sandbox.check(Map.of("deep.drl", rule("$s : Student()", "int x = " + deep + ";")));
        // The parser gives up on the whole file, so the message names it from its first line.
        assertEquals(
                List.of("deep.drl:1: the file is nested too deeply to be read"),
                refused.stream()
                        .map(m -> m.file() + ":" + m.line() + ": " + m.text().replaceAll(";.*", ""))
                        .toList());
    }

    private static String rule(String conditions, String action) {
        return """
                package tiered.rules;
                import com.tiered.evaluation.domain.fact.*;
                rule "r"
                when
                    %s
                then
                    %s
                end
                """
                .formatted(conditions, action);
    }

    /** The compiler's check of a whole rule set (decision tables through their DRL). */
    private static final class DroolsRuleCompilerProbe {
        List<RuleMessage> refusals(com.tiered.rulebook.domain.RuleSet set) {
            try {
                new DroolsRuleCompiler().compile(set);
                return List.of();
            } catch (com.tiered.evaluation.domain.RuleSetRejected e) {
                return e.messages();
            }
        }
    }
}
