package com.tiered.evaluation.domain.fact;

/**
 * A fact was given more text than any decision needs: the sign of a rule that grows text without end (a rule that
 * fires on its own insert and doubles an explanation each time). It stops the batch; its message holds only sizes.
 */
public final class TextTooLong extends RuntimeException {
    /** Far above any explanation or accommodation list (a few thousand characters), far below a memory problem. */
    public static final int MAX_CHARS = 100_000;

    public TextTooLong(String what, long chars) {
        super(what + " carries " + chars + " characters of text; a fact may carry at most " + MAX_CHARS);
    }

    /** The text itself, when it is within the bound. */
    static String checked(String what, String text) {
        if (text != null && text.length() > MAX_CHARS) {
            throw new TextTooLong(what, text.length());
        }
        return text;
    }
}
