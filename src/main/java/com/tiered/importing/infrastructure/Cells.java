package com.tiered.importing.infrastructure;

import com.tiered.importing.domain.ImportReport.RowError;
import com.tiered.shared.domain.Code;
import com.tiered.shared.domain.Grade;
import com.tiered.shared.domain.ScreeningWindow;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reads the cells of one row into typed values, collecting an error (line, column, reason) for each bad cell. */
final class Cells {
    private final SourceRow row;
    private final LocalDate today;
    private final List<RowError> errors = new ArrayList<>();

    Cells(SourceRow row, LocalDate today) {
        this.row = row;
        this.today = today;
    }

    LocalDate today() {
        return today;
    }

    List<RowError> errors() {
        return errors;
    }

    void error(String column, String message) {
        errors.add(new RowError(row.line(), column, message));
    }

    boolean present(String column) {
        return !row.get(column).isEmpty();
    }

    String text(String column, boolean required, int maxLength) {
        String value = row.get(column);
        if (value.isEmpty()) {
            if (required) {
                error(column, column + " is required");
            }
            return null;
        }
        if (value.length() > maxLength) {
            error(column, column + " is longer than " + maxLength + " characters");
            return null;
        }
        return value;
    }

    String identifier(String column) {
        String value = text(column, true, 64);
        if (value != null && !Code.isIdentifier(value)) {
            error(column, column + " '" + value + "' is not an identifier (capital letters A-Z, digits and _)");
            return null;
        }
        return value;
    }

    String window(String column) {
        String value = text(column, true, 16);
        if (value == null) {
            return null;
        }
        try {
            return ScreeningWindow.valueOf(value).name();
        } catch (IllegalArgumentException e) {
            error(column, column + " '" + value + "' is not FALL, WINTER or SPRING");
            return null;
        }
    }

    String grade(String column) {
        String value = text(column, true, 16);
        if (value != null && !Grade.isOneRosterCode(value)) {
            error(column, column + " '" + value + "' is not KG, 01 to 12 or a OneRoster grade code");
            return null;
        }
        return value;
    }

    LocalDate date(String column, boolean required) {
        String value = text(column, required, 32);
        if (value == null) {
            return null;
        }
        try {
            if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not ISO", value, 0);
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            error(column, column + " '" + value + "' is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    /** A date on which something was done: it cannot be after today. */
    LocalDate pastDate(String column, boolean required) {
        LocalDate date = date(column, required);
        if (date != null && date.isAfter(today)) {
            error(column, column + " " + date + " is after today (" + today + ")");
            return null;
        }
        return date;
    }

    Double number(String column) {
        String value = text(column, true, 32);
        if (value == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(value);
            if (!Double.isFinite(d) || !value.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            error(column, column + " '" + value + "' is not a number");
            return null;
        }
    }

    Integer percentile(String column) {
        String value = text(column, false, 16);
        if (value == null) {
            return null;
        }
        int p;
        try {
            p = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            error(column, column + " '" + value + "' is not a whole number");
            return null;
        }
        if (p < 1 || p > 99) {
            error(column, column + " " + p + " is outside 1-99");
            return null;
        }
        return p;
    }

    Boolean bool(String column) {
        String value = row.get(column).toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return Boolean.FALSE;
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        error(column, column + " '" + row.get(column) + "' is not true or false");
        return null;
    }

    /** A ;-separated list; identifiers when {@code identifiers}. */
    List<String> list(String column, boolean identifiers) {
        String value = row.get(column);
        List<String> items = Arrays.stream(value.split(";"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
        if (identifiers) {
            for (String item : items) {
                if (!Code.isIdentifier(item)) {
                    error(column, column + " '" + item + "' is not an identifier (capital letters A-Z, digits and _)");
                    return null;
                }
            }
        }
        return items;
    }
}
