package com.tiered.shared.web;

import jakarta.json.JsonStructure;

/**
 * JSON for a page's script: PrimeFaces writes a chart's configuration as it is into a {@code <script>} element, so
 * text in it that a user typed (a plan's intervention, a name) must not end that element or open markup. Every
 * {@code <}, {@code >} and {@code &} becomes a JSON escape of its code (backslash, u, four hex digits), and so do
 * U+2028 and U+2029 (line ends to older JavaScript). They occur only inside JSON strings, where the escape reads back
 * as the same character.
 */
public final class ScriptJson {
    private ScriptJson() {}

    public static String of(JsonStructure json) {
        String text = json.toString();
        StringBuilder safe = new StringBuilder(text.length() + 32);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<', '>', '&', '\u2028', '\u2029' -> safe.append(String.format("\\u%04x", (int) c));
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
