package com.tiered.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The context map of docs/architecture.md, enforced: each bounded context uses only the contexts the map allows, so
 * the contexts stay free of cycles and {@code shared} knows none of them. A new context must be placed on the map
 * (here and in the document) before it compiles into the build.
 */
class ContextMapTest {
    private static final JavaClasses TIERED = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.tiered");

    /** Each context and the contexts it may use, lowest first. */
    static final Map<String, Set<String>> MAY_USE = contexts();

    private static Map<String, Set<String>> contexts() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("shared", Set.of());
        m.put("school", Set.of("shared"));
        m.put("identity", Set.of("shared", "school"));
        m.put("audit", Set.of("shared", "identity"));
        m.put("student", Set.of("shared", "school", "identity", "audit"));
        m.put("evaluation", Set.of("shared", "school", "identity", "audit", "student"));
        m.put("rulebook", Set.of("shared", "identity", "audit", "evaluation"));
        m.put("specialed", Set.of("shared", "identity", "audit", "student", "evaluation"));
        m.put("intervention", Set.of("shared", "identity", "audit", "student", "evaluation"));
        m.put("caseload", Set.of("shared", "school", "identity", "audit", "student", "evaluation"));
        m.put("assessment", Set.of("shared", "identity", "audit", "student", "evaluation", "caseload"));
        m.put("importing", Set.of("shared", "school", "identity", "audit", "student", "evaluation"));
        m.put(
                "overview",
                Set.of(
                        "shared",
                        "identity",
                        "audit",
                        "student",
                        "evaluation",
                        "caseload",
                        "intervention",
                        "assessment",
                        "specialed"));
        m.put("operations", Set.of("shared", "identity", "evaluation"));
        m.put("demo", Set.of("shared", "school", "identity", "evaluation", "importing"));
        return m;
    }

    @Test
    void everyContextIsOnTheMap() {
        Set<String> found = new TreeSet<>();
        for (JavaClass c : TIERED) {
            String rest = c.getPackageName().substring("com.tiered".length());
            if (rest.startsWith(".")) {
                found.add(rest.substring(1).split("\\.")[0]);
            }
        }
        assertEquals(new TreeSet<>(MAY_USE.keySet()), found, "the contexts in the code and on the map");
    }

    @TestFactory
    java.util.stream.Stream<DynamicTest> eachContextUsesOnlyWhatTheMapAllows() {
        return MAY_USE.entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                    String[] forbidden = MAY_USE.keySet().stream()
                            .filter(other ->
                                    !other.equals(e.getKey()) && !e.getValue().contains(other))
                            .map(other -> "com.tiered." + other + "..")
                            .toArray(String[]::new);
                    noClasses()
                            .that()
                            .resideInAPackage("com.tiered." + e.getKey() + "..")
                            .should()
                            .dependOnClassesThat()
                            .resideInAnyPackage(forbidden)
                            .because("docs/architecture.md: " + e.getKey() + " may use only "
                                    + new TreeSet<>(e.getValue()))
                            .check(TIERED);
                }));
    }

    @Test
    void theContextsAreFreeOfCycles() {
        slices().matching("com.tiered.(*)..").should().beFreeOfCycles().check(TIERED);
    }

    @Test
    void theMapAllowsNoCycleItself() {
        // lowest first: a context may only use contexts placed before it, so no cycle can be allowed by mistake
        java.util.List<String> order = new java.util.ArrayList<>(MAY_USE.keySet());
        MAY_USE.forEach((context, uses) -> uses.forEach(used -> org.junit.jupiter.api.Assertions.assertTrue(
                order.indexOf(used) < order.indexOf(context), context + " uses " + used + ", placed after it")));
    }

    @Test
    void theDocumentShowsTheSameMap() throws IOException {
        String doc = Files.readString(Path.of("docs/architecture.md"));
        Pattern row = Pattern.compile("^\\| `(\\w+)` \\|[^|]*\\|([^|]*)\\|\\s*$", Pattern.MULTILINE);
        Map<String, Set<String>> documented = new TreeMap<>();
        Matcher m = row.matcher(doc);
        while (m.find()) {
            Set<String> uses = new TreeSet<>();
            Matcher names = Pattern.compile("`(\\w+)`").matcher(m.group(2));
            while (names.find()) {
                uses.add(names.group(1));
            }
            documented.put(m.group(1), uses);
        }
        Map<String, Set<String>> expected = new TreeMap<>();
        MAY_USE.forEach((k, v) -> expected.put(k, new TreeSet<>(v)));
        assertEquals(expected, documented, "the context table of docs/architecture.md");
    }
}
