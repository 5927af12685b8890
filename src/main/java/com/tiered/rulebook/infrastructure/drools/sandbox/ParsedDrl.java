package com.tiered.rulebook.infrastructure.drools.sandbox;

import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/** One DRL file as Drools' parser reads it, with the way back from a parsed element to its line and column. */
record ParsedDrl(String file, String text, PackageDescr pkg, TypeNames types) {

    Where where(BaseDescr descr) {
        return new Where(file, Math.max(1, descr.getLine()), Math.max(0, descr.getColumn()) + 1);
    }

    /** Where a piece of code (a function body) starts: its text is searched from the element's line on. */
    Where locate(String piece, BaseDescr owner) {
        int from = offsetOfLine(Math.max(1, owner.getLine()));
        int at = piece.isEmpty() ? -1 : text.indexOf(piece, from);
        return at < 0 ? where(owner) : Where.ofOffset(file, text, at);
    }

    /** Where a rule's action starts: after its {@code then}. */
    Where locateConsequence(RuleDescr rule) {
        String consequence = (String) rule.getConsequence();
        int from =
                offsetOfLine(Math.max(1, rule.getConsequenceLine() > 0 ? rule.getConsequenceLine() : rule.getLine()));
        int at = text.indexOf(consequence, from);
        return at < 0 ? new Where(file, Math.max(1, rule.getConsequenceLine()), 1) : Where.ofOffset(file, text, at);
    }

    private int offsetOfLine(int line) {
        int offset = 0;
        for (int l = 1; l < line && offset >= 0; l++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return text.length();
            }
        }
        return offset;
    }
}
