package com.tiered.importing.infrastructure;

import com.tiered.importing.domain.ContractColumns;
import com.tiered.importing.domain.ImportReport.RowError;
import com.tiered.importing.domain.MappingProfile;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A contract kind read through a mapping profile: each vendor row is translated into a contract row, which the
 * contract's own kind then checks and parses as it checks any file — so every check, limit and duplicate rule
 * applies unchanged. Errors name the vendor's line (the row keeps it) and the vendor's column.
 */
final class MappedKind implements FileKind {
    private final FileKind contract;
    private final MappingProfile profile;
    private final ContractColumns columns;
    /** The vendor's spelling of a column by its lower-cased name, as the CSV reader keys a row's cells. */
    private final Map<String, String> spelling = new HashMap<>();

    MappedKind(FileKind contract, MappingProfile profile) {
        this.contract = contract;
        this.profile = profile;
        this.columns = ContractColumns.of(profile.kind())
                .orElseThrow(() -> new IllegalArgumentException(profile.kind() + " files are not mapped"));
        profile.header().forEach(c -> spelling.put(MappingProfile.key(c), c.trim()));
        profile.columns().values().forEach(c -> spelling.put(MappingProfile.key(c), c.trim()));
    }

    @Override
    public String name() {
        return contract.name();
    }

    /** The vendor columns (lower-cased, as the CSV reader matches them) that fill the required contract columns. */
    @Override
    public Set<String> required() {
        return vendorColumns(true);
    }

    @Override
    public Set<String> optional() {
        return vendorColumns(false);
    }

    private Set<String> vendorColumns(boolean required) {
        return profile.columns().entrySet().stream()
                .filter(e -> columns.isRequired(e.getKey()) == required)
                .map(e -> MappingProfile.key(e.getValue()))
                .collect(Collectors.toSet());
    }

    /** The contract kinds a profile maps write the same table whatever columns the file has. */
    @Override
    public TableShape shape(CsvSource file) {
        return contract.shape(file);
    }

    @Override
    public boolean refersToStudent() {
        return contract.refersToStudent();
    }

    @Override
    public ParsedRow parse(SourceRow row, Cells cells) {
        MappingProfile.Translation translated = translate(row);
        SourceRow contractRow = new SourceRow(row.line(), translated.values(), row.problemColumn(), row.formProblem());
        Cells contractCells = new Cells(contractRow, cells.today());
        ParsedRow parsed = contract.parse(contractRow, contractCells);
        translated.problems().forEach((field, message) -> cells.error(columnLabel(field), message));
        for (RowError e : contractCells.errors()) {
            // A date the profile could not read has its error already; the contract's would name the wrong format.
            if (!translated.problems().containsKey(e.column())) {
                cells.error(columnLabel(e.column()), e.message());
            }
        }
        return cells.errors().isEmpty() ? parsed : null;
    }

    /** The contract columns' values of a vendor row. */
    MappingProfile.Translation translate(SourceRow row) {
        return profile.translate(column -> row.get(MappingProfile.key(column)));
    }

    /** A contract column by the vendor column that fills it, a vendor column as the vendor's header spells it. */
    @Override
    public String columnLabel(String column) {
        String source = profile.sourceColumn(column);
        if (source != null) {
            return source.trim();
        }
        return spelling.getOrDefault(column, column);
    }
}
