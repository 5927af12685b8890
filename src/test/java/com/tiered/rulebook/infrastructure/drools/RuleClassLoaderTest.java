package com.tiered.rulebook.infrastructure.drools;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.evaluation.domain.RuleSetRejected;
import com.tiered.evaluation.domain.fact.AsOf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Defence in depth: with the sandbox check out of the way, rule code that names a type outside the rule language
 * still cannot compile or run, because it is compiled and linked through {@link RuleClassLoader}.
 */
class RuleClassLoaderTest {
    private static final Path MARKER = Path.of(System.getProperty("java.io.tmpdir"), "tiered-loader-test.marker");

    @Test
    void anActionThatNamesASystemTypeDoesNotCompile() throws Exception {
        Files.deleteIfExists(MARKER);
        RuleSetRejected refused = assertThrows(
                RuleSetRejected.class,
                () -> DroolsRuleCompiler.build(
                        Map.of("x.drl", rule("new java.io.FileWriter(\"" + MARKER + "\").close();")), Map.of()));
        assertTrue(refused.getMessage().contains("java.io.FileWriter cannot be resolved"), refused.getMessage());
        assertFalse(Files.exists(MARKER));
    }

    @Test
    void reflectionFromAFactClassIsNotReachable() throws Exception {
        RuleSetRejected refused = assertThrows(
                RuleSetRejected.class,
                () -> DroolsRuleCompiler.build(
                        Map.of(
                                "x.drl",
                                rule("Object o = AsOf.class.getClassLoader().loadClass(\"java.lang.Runtime\");")),
                        Map.of()));
        assertTrue(refused.getMessage().contains("missing type ClassLoader"), refused.getMessage());
    }

    @Test
    void aConditionThatCreatesAFileCannotResolveTheType() throws Exception {
        Files.deleteIfExists(MARKER);
        String drl =
                """
                package tiered.rules;
                import com.tiered.evaluation.domain.fact.*;
                rule "condition"
                when
                    AsOf( new java.io.File("%s").createNewFile() )
                then
                end
                """
                        .formatted(MARKER);
        try {
            KieBase base = DroolsRuleCompiler.build(Map.of("x.drl", drl), Map.of());
            KieSession session = base.newKieSession();
            session.insert(new AsOf(LocalDate.of(2026, 1, 5)));
            session.fireAllRules();
            session.dispose();
        } catch (RuntimeException | LinkageError refused) {
            // refused at compile time or when the condition is first evaluated: either way nothing ran
        }
        assertFalse(Files.exists(MARKER));
    }

    @Test
    void theLoaderKeepsSystemTypesOutAndLetsTheFactModelIn() {
        assertFalse(RuleClassLoader.allowed("java.lang.System"));
        assertFalse(RuleClassLoader.allowed("java.lang.Runtime"));
        assertFalse(RuleClassLoader.allowed("java.io.File"));
        assertFalse(RuleClassLoader.allowed("java.lang.reflect.Method"));
        assertFalse(RuleClassLoader.allowed("java.lang.invoke.MethodHandles"));
        assertFalse(RuleClassLoader.allowed("java.util.Scanner"));
        assertTrue(RuleClassLoader.allowed("com.tiered.evaluation.domain.fact.Flag"));
        assertTrue(RuleClassLoader.allowed("java.time.LocalDate"));
    }

    private static String rule(String action) {
        return """
                package tiered.rules;
                import com.tiered.evaluation.domain.fact.*;
                rule "action"
                when
                    AsOf()
                then
                    %s
                end
                """
                .formatted(action);
    }
}
