package com.tiered.importing.infrastructure;

import com.tiered.importing.domain.DistrictFile;
import com.tiered.importing.domain.FileRefused;
import com.tiered.importing.domain.ImportLimits;
import com.tiered.importing.domain.ImportReport.RowError;
import com.tiered.importing.domain.MappedFiles;
import com.tiered.importing.domain.MappingProfile;
import com.tiered.importing.domain.PreviewRow;
import com.tiered.importing.domain.VendorSample;
import com.tiered.shared.infrastructure.DataSourceDeclaration;
import com.tiered.shared.infrastructure.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

@ApplicationScoped
public class JdbcMappedFiles implements MappedFiles {
    @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
    private DataSource dataSource;

    private final ImportLimits limits;

    public JdbcMappedFiles() {
        this.limits = ImportLimits.fromEnvironment();
    }

    public JdbcMappedFiles(DataSource dataSource, ImportLimits limits) {
        this.dataSource = dataSource;
        this.limits = limits;
    }

    @Override
    public VendorSample sample(InputStream content, int rows) {
        try (CsvSource file = new CsvSource(content, "The file", limits)) {
            List<String> header = file.writtenHeader();
            if (file.headerUnreadable() || header.stream().allMatch(String::isEmpty)) {
                throw new FileRefused("The file is not a CSV file in UTF-8: its first line is not a header row");
            }
            Map<String, String> spelling = new LinkedHashMap<>();
            header.forEach(c -> spelling.put(MappingProfile.key(c), c));
            List<VendorSample.Row> sampled = new ArrayList<>();
            Iterator<SourceRow> records = file.iterator();
            while (sampled.size() < rows && records.hasNext()) {
                SourceRow row = records.next();
                Map<String, String> cells = new LinkedHashMap<>();
                row.values().forEach((column, value) -> cells.put(spelling.getOrDefault(column, column), value));
                sampled.add(new VendorSample.Row(
                        row.line(), cells, spelling.getOrDefault(row.problemColumn(), ""), row.formProblem()));
            }
            return new VendorSample(header, sampled);
        }
    }

    @Override
    public List<PreviewRow> preview(MappingProfile profile, VendorSample sample) {
        MappedKind kind = new MappedKind(FileKinds.of(profile.kind()), profile);
        LocalDate today = LocalDate.now();
        List<PreviewRow> preview = new ArrayList<>();
        Map<Long, String> students = new LinkedHashMap<>();
        for (VendorSample.Row sampled : sample.rows()) {
            SourceRow row = sourceRow(sampled);
            Map<String, String> values = kind.translate(row).values();
            List<RowError> errors = new ArrayList<>();
            if (row.formProblem() != null) {
                errors.add(new RowError(row.line(), kind.columnLabel(row.problemColumn()), row.formProblem()));
            } else {
                Cells cells = new Cells(row, today);
                ParsedRow parsed = kind.parse(row, cells);
                errors.addAll(cells.errors());
                if (parsed != null && kind.refersToStudent()) {
                    students.put(row.line(), parsed.studentSourcedId());
                }
            }
            preview.add(new PreviewRow(row.line(), values, errors));
        }
        return unknownStudents(kind, preview, students);
    }

    /** A row the import would reject because its student is not in Tiered gets that error too. */
    private List<PreviewRow> unknownStudents(MappedKind kind, List<PreviewRow> preview, Map<Long, String> students) {
        if (students.isEmpty()) {
            return preview;
        }
        Set<String> known = Jdbc.read(
                        dataSource, c -> CsvImporter.idsOf(c, "student", new ArrayList<>(students.values())))
                .keySet();
        return preview.stream()
                .map(p -> {
                    String student = students.get(p.line());
                    if (student == null || known.contains(student)) {
                        return p;
                    }
                    List<RowError> errors = new ArrayList<>(p.errors());
                    errors.add(CsvImporter.unknownStudent(kind, p.line(), student));
                    return new PreviewRow(p.line(), p.values(), errors);
                })
                .collect(Collectors.toList());
    }

    private static SourceRow sourceRow(VendorSample.Row sampled) {
        Map<String, String> values = new LinkedHashMap<>();
        sampled.cells().forEach((column, value) -> values.put(MappingProfile.key(column), value));
        return new SourceRow(
                sampled.line(),
                values,
                sampled.problemColumn() == null ? "" : MappingProfile.key(sampled.problemColumn()),
                sampled.problem());
    }

    @Override
    public DistrictFile open(MappingProfile profile, InputStream content) {
        return new CsvImporter(dataSource, LocalDate.now(), limits)
                .open(new MappedKind(FileKinds.of(profile.kind()), profile), content);
    }
}
