package com.tiered.shared.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** Stores a short list of texts in one column, ;-separated, as the import files write it. */
@Converter
public class TextListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        return values == null ? "" : String.join(";", values);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return split(column);
    }

    public static List<String> split(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(";"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }
}
