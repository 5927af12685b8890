package com.tiered.rulebook.infrastructure.drools.sandbox;

/**
 * Drools' {@code modify($f) { setA(1), setB(2) }} is not Java. For the check it is read as what it does —
 * {@code $f.setA(1); $f.setB(2); update($f);} — keeping every line break, so that positions stay true.
 */
final class ModifyBlocks {
    private ModifyBlocks() {}

    static String rewrite(String code) {
        StringBuilder out = new StringBuilder(code.length() + 32);
        int i = 0;
        while (i < code.length()) {
            int start = nextModify(code, i);
            if (start < 0) {
                out.append(code, i, code.length());
                break;
            }
            int open = code.indexOf('(', start);
            int close = matching(code, open, '(', ')');
            int brace = close < 0 ? -1 : skipSpace(code, close + 1);
            if (close < 0 || brace >= code.length() || code.charAt(brace) != '{') {
                out.append(code, i, start + 6);
                i = start + 6;
                continue;
            }
            int end = matching(code, brace, '{', '}');
            if (end < 0) {
                out.append(code, i, code.length());
                break;
            }
            String target = code.substring(open + 1, close).trim();
            out.append(code, i, start);
            for (String change : splitTopLevel(code.substring(brace + 1, end))) {
                if (!change.isBlank()) {
                    out.append(target).append('.').append(change.trim()).append(';');
                }
            }
            out.append("update(").append(target).append(");");
            out.append("\n".repeat(lineBreaks(code.substring(start, end + 1))));
            i = end + 1;
        }
        return out.toString();
    }

    /** The next {@code modify (} outside string and character literals and comments, or -1. */
    private static int nextModify(String code, int from) {
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(code, i);
            } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '/') {
                int end = code.indexOf('\n', i);
                i = end < 0 ? code.length() : end;
            } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '*') {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? code.length() : end + 1;
            } else if (code.startsWith("modify", i)
                    && (i == 0 || !Character.isJavaIdentifierPart(code.charAt(i - 1)))) {
                int after = skipSpace(code, i + 6);
                if (after < code.length() && code.charAt(after) == '(') {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int skipSpace(String code, int i) {
        while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int matching(String code, int open, char opening, char closing) {
        int depth = 0;
        for (int i = open; i >= 0 && i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                i = endOfLiteral(code, i);
            } else if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the quote that closes the string or character literal opened at {@code quote}. */
    private static int endOfLiteral(String code, int quote) {
        char closing = code.charAt(quote);
        for (int i = quote + 1; i < code.length(); i++) {
            if (code.charAt(i) == '\\') {
                i++;
            } else if (code.charAt(i) == closing) {
                return i;
            }
        }
        return code.length();
    }

    private static java.util.List<String> splitTopLevel(String body) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '"') {
                i = endOfLiteral(body, i);
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(body.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(body.substring(from));
        return parts;
    }

    private static int lineBreaks(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }
}
