package com.tiered.evaluation.infrastructure.drools;

import com.tiered.evaluation.domain.RuleMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses rule text that could do more than decide: rule files may use the fact model, java.time, a few java.util
 * collections and plain arithmetic. Anything that reaches the system, threads, reflection, class loaders, files, the
 * network or the engine's internals is refused with its line, before the text reaches the compiler.
 */
final class RuleSafetyCheck {
    private static final List<String> ALLOWED_IMPORT_PREFIXES = List.of(
            "com.tiered.evaluation.domain.fact.",
            "java.time.",
            "java.math.BigDecimal",
            "java.math.RoundingMode",
            "java.lang.Math");
    private static final Set<String> ALLOWED_UTIL_IMPORTS = Set.of(
            "List",
            "Set",
            "Map",
            "Collection",
            "ArrayList",
            "HashSet",
            "HashMap",
            "LinkedHashSet",
            "LinkedHashMap",
            "Collections",
            "Objects",
            "Optional");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?([\\w.]+\\*?)\\s*;?");
    private static final Pattern FORBIDDEN = Pattern.compile("\\b(System|Runtime|ProcessBuilder|Process|Thread"
            + "|ThreadGroup|ThreadLocal|ClassLoader|Class|forName|getClass|reflect|invoke|getDeclared\\w*"
            + "|setAccessible|MethodHandles?|Unsafe|File|Files|Path|Paths|FileInputStream|FileOutputStream|Socket"
            + "|ServerSocket|URL|URI|HttpClient|ScriptEngine\\w*|Executors?|ForkJoinPool|CompletableFuture|Timer"
            + "|exec|eval|exit|halt|loadLibrary|global|kcontext|getKieRuntime|getWorkingMemory|getEntryPoint"
            + "|while|do|synchronized|native)\\b|\\b(java\\.(io|nio|net|lang\\.(reflect|invoke))|javax\\.|jakarta\\."
            + "|sun\\.|com\\.sun\\.|org\\.)|for\\s*\\(\\s*;");

    List<RuleMessage> check(String file, String drl) {
        List<RuleMessage> problems = new ArrayList<>();
        String[] lines = stripCommentsAndStrings(drl).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher imported = IMPORT.matcher(line);
            if (imported.find()) {
                String name = imported.group(2);
                if (!importAllowed(name)) {
                    problems.add(
                            RuleMessage.error(
                                    file,
                                    i + 1,
                                    imported.start(2) + 1,
                                    "unsafe: import of " + name
                                            + " is not allowed; rule files may use the fact model, java.time and plain arithmetic"));
                }
                continue;
            }
            Matcher forbidden = FORBIDDEN.matcher(line);
            while (forbidden.find()) {
                problems.add(RuleMessage.error(
                        file,
                        i + 1,
                        forbidden.start() + 1,
                        "unsafe: '"
                                + forbidden.group().trim()
                                + "' is not allowed in rule files; they may use the fact model,"
                                + " java.time and plain arithmetic"));
            }
        }
        return problems;
    }

    private static boolean importAllowed(String name) {
        if (name.startsWith("java.util.")) {
            return ALLOWED_UTIL_IMPORTS.contains(name.substring("java.util.".length()));
        }
        return ALLOWED_IMPORT_PREFIXES.stream().anyMatch(name::startsWith);
    }

    /** Blanks out comments and string literals, keeping line breaks so that line numbers stay true. */
    static String stripCommentsAndStrings(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                for (; i < end; i++) {
                    out.append(text.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else if (c == '"' || c == '\'') {
                out.append(c);
                i++;
                while (i < text.length() && text.charAt(i) != c && text.charAt(i) != '\n') {
                    if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                        out.append(' ');
                        i++;
                    }
                    out.append(' ');
                    i++;
                }
                if (i < text.length() && text.charAt(i) == c) {
                    out.append(c);
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
