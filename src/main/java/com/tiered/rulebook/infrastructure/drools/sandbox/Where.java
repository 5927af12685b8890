package com.tiered.rulebook.infrastructure.drools.sandbox;

/**
 * Where a piece of code starts in its rule file, so that a position inside the piece (1-based line and column, as a
 * parser reports it) becomes a position in the file.
 */
record Where(String file, int line, int column) {

    Where at(int lineInPiece, int columnInPiece) {
        return new Where(file, line + lineInPiece - 1, lineInPiece == 1 ? column + columnInPiece - 1 : columnInPiece);
    }

    /** The position of a character offset of the file's text. */
    static Where ofOffset(String file, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Where(file, line, offset - lineStart + 1);
    }
}
