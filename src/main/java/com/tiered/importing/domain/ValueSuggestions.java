package com.tiered.importing.domain;

import com.tiered.shared.domain.Code;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Value mappings a page proposes for the values it found in a vendor's column, for a coordinator to accept or
 * change: the words vendors use for the screening windows ("Fall", "BOY" for beginning of year), and identifiers
 * for names ("Star Reading" → {@code STAR_READING}). Values the contract already takes are left alone.
 */
public final class ValueSuggestions {
    private static final Map<String, String> WINDOWS = Map.ofEntries(
            Map.entry("fall", "FALL"),
            Map.entry("autumn", "FALL"),
            Map.entry("boy", "FALL"),
            Map.entry("beginning of year", "FALL"),
            Map.entry("winter", "WINTER"),
            Map.entry("moy", "WINTER"),
            Map.entry("middle of year", "WINTER"),
            Map.entry("mid-year", "WINTER"),
            Map.entry("spring", "SPRING"),
            Map.entry("eoy", "SPRING"),
            Map.entry("end of year", "SPRING"));

    private ValueSuggestions() {}

    /** Vendor value → proposed contract value ("" when there is no good guess), for the values that need one. */
    public static Map<String, String> suggest(ContractColumns contract, String field, Collection<String> seen) {
        Map<String, String> proposals = new LinkedHashMap<>();
        List<String> allowed = contract.allowed(field);
        for (String value : seen) {
            String v = value.trim();
            if (v.isEmpty()) {
                continue;
            }
            if (!allowed.isEmpty()) {
                if (!allowed.contains(v)) {
                    proposals.put(v, closed(field, allowed, v));
                }
            } else if (contract.isIdentifier(field) && !Code.isIdentifier(v)) {
                proposals.put(v, identifier(v));
            }
        }
        return proposals;
    }

    private static String closed(String field, List<String> allowed, String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equalsIgnoreCase(value)) {
                return a;
            }
        }
        return field.equals("window") ? WINDOWS.getOrDefault(lower, "") : "";
    }

    /** "Star Reading" → STAR_READING: capitals, digits and single underscores, at most 32 characters. */
    static String identifier(String value) {
        String id = value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        id = id.length() > 32 ? id.substring(0, 32).replaceAll("_+$", "") : id;
        return Code.isIdentifier(id) ? id : "";
    }
}
