package com.tiered.importing.domain;

import java.util.List;
import java.util.Map;

/**
 * One vendor row as it would import: its line in the vendor's file, the contract columns' values it becomes, and
 * the errors that would reject it (naming the vendor's columns), none when it would be taken.
 */
public record PreviewRow(long line, Map<String, String> values, List<ImportReport.RowError> errors) {}
