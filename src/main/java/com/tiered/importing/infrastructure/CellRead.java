package com.tiered.importing.infrastructure;

import java.util.List;
import java.util.function.BiFunction;

/**
 * How one column of an import file is read: whether the header must have it (and each row fill it), and the value
 * as it is stored (null after an error, which {@link Cells} collects).
 */
record CellRead(boolean required, BiFunction<Cells, String, Object> reader) {

    Object read(Cells cells, String column) {
        return reader.apply(cells, column);
    }

    static CellRead text(int maxLength) {
        return new CellRead(true, (cells, column) -> cells.text(column, true, maxLength));
    }

    static CellRead optionalText(int maxLength) {
        return new CellRead(false, (cells, column) -> cells.text(column, false, maxLength));
    }

    static CellRead identifier() {
        return new CellRead(true, Cells::identifier);
    }

    static CellRead grade() {
        return new CellRead(true, Cells::grade);
    }

    static CellRead window() {
        return new CellRead(true, Cells::window);
    }

    static CellRead date() {
        return new CellRead(true, (cells, column) -> cells.date(column, true));
    }

    static CellRead optionalDate() {
        return new CellRead(false, (cells, column) -> cells.date(column, false));
    }

    /** A date on which something was done, so not after today. */
    static CellRead pastDate() {
        return new CellRead(true, (cells, column) -> cells.pastDate(column, true));
    }

    static CellRead optionalPastDate() {
        return new CellRead(false, (cells, column) -> cells.pastDate(column, false));
    }

    static CellRead number() {
        return new CellRead(true, Cells::number);
    }

    static CellRead optionalPercentile() {
        return new CellRead(false, Cells::percentile);
    }

    /** true or false; an empty cell is false. */
    static CellRead optionalFlag() {
        return new CellRead(false, Cells::bool);
    }

    /** A ;-separated list of identifiers, stored ;-joined: empty text for an empty cell, null after an error. */
    static CellRead optionalIdentifiers() {
        return new CellRead(false, (cells, column) -> joined(cells.list(column, true)));
    }

    /** A ;-separated list of free text, stored ;-joined. */
    static CellRead optionalItems() {
        return new CellRead(false, (cells, column) -> joined(cells.list(column, false)));
    }

    private static String joined(List<String> items) {
        return items == null ? null : String.join(";", items);
    }
}
