package com.tiered.rulebook.infrastructure.drools.sandbox;

import com.tiered.evaluation.domain.RuleMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * The fence around rule files. A rule file is code written by people who are not administrators, so it may only
 * say what a decision needs: it is parsed by Drools' own parser (decision tables through the DRL they compile to)
 * and every part of it is checked against an allowlist — {@link RuleLanguage} for the types and members it may
 * name, {@link DrlCheck} for the DRL it may write, {@link CodeCheck} for the Java of its conditions, functions and
 * actions. Nothing here runs any of the rule's code.
 */
public final class RuleSandbox {
    /** A rule file larger than this is no hand-written decision. */
    public static final int MAX_FILE_CHARS = 512 * 1024;

    private final RuleLanguage language;

    public RuleSandbox() {
        this(new RuleLanguage());
    }

    public RuleSandbox(RuleLanguage language) {
        this.language = language;
    }

    /**
     * Checks the DRL files of one rule set together (a function of one file may be called from another).
     *
     * @param drlByFile each file's DRL text by its path (a decision table's generated DRL under its own path)
     * @return every refusal, with file, line and column; empty when the files keep to the rule language
     */
    public List<RuleMessage> check(Map<String, String> drlByFile) {
        Refusals refusals = new Refusals();
        DrlFunctions functions = new DrlFunctions();
        List<DrlCheck> checks = new ArrayList<>();
        for (Map.Entry<String, String> file : new LinkedHashMap<>(drlByFile).entrySet()) {
            guarded(file.getKey(), refusals, () -> {
                ParsedDrl parsed = parse(file.getKey(), file.getValue(), refusals);
                if (parsed != null) {
                    DrlCheck check = new DrlCheck(language, functions, refusals, parsed);
                    check.declarations();
                    checks.add(check);
                }
            });
        }
        for (DrlCheck check : checks) {
            guarded(check.file(), refusals, check::rules);
        }
        for (String name : functions.recursive()) {
            functions
                    .find(name)
                    .ifPresent(f -> refusals.refuse(
                            f.where(),
                            "the function " + name
                                    + " calls itself (directly or through another function); a rule's work must end, so functions"
                                    + " may not recurse; " + Refusals.FENCE));
        }
        return refusals.messages();
    }

    /**
     * A file nested deep enough to overflow a parser's stack is refused like any other, not a server error; the
     * parsers recurse on nesting, so an expression of thousands of parentheses would otherwise end the request.
     */
    private static void guarded(String file, Refusals refusals, Runnable step) {
        try {
            step.run();
        } catch (StackOverflowError e) {
            refusals.refuse(
                    new Where(file, 1, 0),
                    "the file is nested too deeply to be read; write simpler" + " expressions; " + Refusals.FENCE);
        } catch (RuntimeException e) {
            refusals.refuse(
                    new Where(file, 1, 0),
                    "the file cannot be read: " + e.getClass().getSimpleName());
        }
    }

    private ParsedDrl parse(String file, String text, Refusals refusals) {
        if (text.length() > MAX_FILE_CHARS) {
            refusals.refuse(
                    new Where(file, 1, 1),
                    "the file is larger than " + MAX_FILE_CHARS / 1024 + " KiB; split it into smaller rule files");
            return null;
        }
        int escape = text.indexOf("\\u");
        if (escape >= 0) {
            // Java reads \\uXXXX before anything else, even in comments and strings: write characters as themselves.
            refusals.refuse(
                    Where.ofOffset(file, text, escape),
                    "rule files may not use \\u escapes; write the" + " character itself");
            return null;
        }
        DrlParser parser = new DrlParser();
        try {
            var pkg = parser.parse(false, text);
            if (parser.hasErrors() || pkg == null) {
                for (DroolsError error : parser.getErrors()) {
                    int line = error instanceof ParserError p ? p.getRow() : 1;
                    int column = error instanceof ParserError p ? p.getCol() + 1 : 0;
                    refusals.refuse(
                            new Where(file, line, column), "the rule file cannot be read: " + error.getMessage());
                }
                return null;
            }
            return new ParsedDrl(file, text, pkg, new TypeNames(language));
        } catch (DroolsParserException | RuntimeException e) {
            refusals.refuse(new Where(file, 1, 0), "the rule file cannot be read: " + e.getMessage());
            return null;
        }
    }
}
