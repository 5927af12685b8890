package com.tiered.importing.web;

import com.tiered.importing.application.MappingProfileService;
import com.tiered.importing.application.ProfileFile;
import com.tiered.importing.domain.ContractColumns;
import com.tiered.importing.domain.DatePattern;
import com.tiered.importing.domain.FileRefused;
import com.tiered.importing.domain.ImportKind;
import com.tiered.importing.domain.MappingProfile;
import com.tiered.importing.domain.PreviewRow;
import com.tiered.importing.domain.ProfileCheck;
import com.tiered.importing.domain.ProfileRefused;
import com.tiered.importing.domain.ValueSuggestions;
import com.tiered.importing.domain.VendorSample;
import com.tiered.shared.domain.TooLarge;
import com.tiered.shared.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The mapping page: upload a vendor's CSV, choose the vendor column for each contract column, map values and the
 * date format, preview the first rows as they would import, and save the mapping as a named profile.
 */
@Named
@ViewScoped
public class ImportMappingView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient MappingProfileService profiles;

    private VendorSample sample;
    private String fileName;
    private List<String> header = List.of();
    private String kind = ImportKind.SCREENING.urlName();
    private final Map<String, String> columns = new LinkedHashMap<>();
    private final List<ValueRow> valueRows = new ArrayList<>();
    private String dateFormat = DatePattern.ISO.label();
    private String name = "";
    private List<PreviewRow> preview;
    private MappingProfile saved;
    private String toOpen;

    /** One value mapping as the page edits it. */
    public static final class ValueRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String field;
        private String from;
        private String to;

        ValueRow(String field, String from, String to) {
            this.field = field;
            this.from = from;
            this.to = to;
        }

        public String getField() {
            return field;
        }

        public void setField(String field) {
            this.field = field;
        }

        public String getFrom() {
            return from;
        }

        public void setFrom(String from) {
            this.from = from;
        }

        public String getTo() {
            return to;
        }

        public void setTo(String to) {
            this.to = to;
        }
    }

    /** A contract column as the page lists it. */
    public record Field(String name, boolean required, boolean date) {}

    /** Reads the header and first rows; a file whose header fits a saved profile opens that profile. */
    public void upload(FileUploadEvent event) throws IOException {
        fileName = event.getFile().getFileName();
        preview = null;
        saved = null;
        try (InputStream in = event.getFile().getInputStream()) {
            sample = profiles.sample(in);
        } catch (FileRefused | TooLarge e) {
            PageMessages.error(fileName + " was refused: " + e.getMessage());
            return;
        }
        header = sample.header();
        Optional<MappingProfile> fits = profiles.newest().stream()
                .filter(p -> p.fitsHeader(header))
                .max(Comparator.comparing(MappingProfile::savedAt));
        if (fits.isPresent()) {
            load(fits.get());
            PageMessages.info("The header of " + fileName + " is that of the profile "
                    + fits.get().label() + ": it is opened. A change saved under its name makes a new version.");
        } else {
            guessColumns();
            PageMessages.info(fileName + ": " + header.size() + " columns. Choose the vendor column for each column"
                    + " Tiered imports.");
        }
    }

    /** Opens a saved profile (its newest version) to change it. */
    public void open() {
        if (toOpen == null || toOpen.isBlank()) {
            return;
        }
        profiles.newest(toOpen).ifPresent(p -> {
            load(p);
            if (sample == null) {
                header = p.header();
            }
            preview = null;
            PageMessages.info("Opened the profile " + p.label() + ".");
        });
    }

    private void load(MappingProfile profile) {
        kind = profile.kind().urlName();
        columns.clear();
        for (Field f : getFields()) {
            columns.put(f.name(), profile.columns().getOrDefault(f.name(), ""));
        }
        valueRows.clear();
        profile.values()
                .forEach((field, mapping) ->
                        mapping.forEach((from, to) -> valueRows.add(new ValueRow(field, from, to))));
        dateFormat = profile.dateFormat().label();
        name = profile.name();
    }

    /** Another kind: its columns, guessed again from the vendor's header. */
    public void changeKind() {
        guessColumns();
        valueRows.clear();
        preview = null;
    }

    /** A vendor column named as the contract column (ignoring case, spaces and punctuation) is chosen for it. */
    private void guessColumns() {
        columns.clear();
        for (Field f : getFields()) {
            columns.put(
                    f.name(),
                    header.stream()
                            .filter(c -> plain(c).equals(plain(f.name())))
                            .findFirst()
                            .orElse(""));
        }
    }

    private static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** Adds the value mappings the page proposes for the values found in the sample's mapped columns. */
    public void suggest() {
        if (sample == null) {
            PageMessages.warn("Upload a vendor's file first: the suggestions come from its rows.");
            return;
        }
        ContractColumns contract = contract();
        int before = valueRows.size();
        columns.forEach((field, column) -> {
            if (column == null || column.isEmpty()) {
                return;
            }
            ValueSuggestions.suggest(contract, field, sample.distinct(column)).forEach((from, to) -> {
                boolean known =
                        valueRows.stream().anyMatch(r -> field.equals(r.field) && from.equalsIgnoreCase(r.from.trim()));
                if (!known) {
                    valueRows.add(new ValueRow(field, from, to));
                }
            });
        });
        PageMessages.info(
                valueRows.size() == before
                        ? "No value in the first rows needs a mapping."
                        : (valueRows.size() - before) + " value mappings proposed: check each before you save.");
    }

    public void addValue() {
        String first = columns.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("");
        valueRows.add(new ValueRow(first, "", ""));
    }

    public void removeValue(ValueRow row) {
        valueRows.remove(row);
    }

    /** The sample's rows as they would import, with the profile's problems as messages. */
    public void preview() {
        if (sample == null) {
            PageMessages.warn("Upload a vendor's file to preview its rows.");
            return;
        }
        MappingProfile draft = draft(name.isBlank() ? "preview" : name.trim());
        ProfileCheck.problems(draft).forEach(PageMessages::warn);
        preview = profiles.preview(draft, sample);
        long rejected = preview.stream().filter(r -> !r.errors().isEmpty()).count();
        PageMessages.info("The first " + preview.size() + " rows: " + (preview.size() - rejected) + " would be taken, "
                + rejected + " rejected.");
    }

    public void save() {
        try {
            saved = profiles.save(draft(name.trim()));
            name = saved.name();
            PageMessages.info("Saved the profile " + saved.label() + ". Files with this header are imported through"
                    + " it on the Imports page, or with ?profile=" + saved.name() + " through the API.");
        } catch (ProfileRefused e) {
            saved = null;
            e.problems().forEach(PageMessages::error);
        }
    }

    private MappingProfile draft(String profileName) {
        Map<String, String> mapped = new LinkedHashMap<>();
        columns.forEach((field, column) -> {
            if (column != null && !column.isEmpty()) {
                mapped.put(field, column);
            }
        });
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        for (ValueRow row : valueRows) {
            if (row.from != null && !row.from.isBlank()) {
                values.computeIfAbsent(row.field, f -> new LinkedHashMap<>())
                        .putIfAbsent(row.from.trim(), row.to == null ? "" : row.to.trim());
            }
        }
        return MappingProfile.draft(
                profileName,
                ImportKind.ofUrlName(kind),
                mapped,
                values,
                DatePattern.ofLabel(dateFormat).orElse(null),
                header);
    }

    /** The saved profile as a file, to keep or to load into another Tiered. */
    public StreamedContent getDownload() {
        byte[] json = saved == null ? new byte[0] : ProfileFile.text(saved).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name((saved == null ? "profile" : saved.name()) + ".json")
                .contentType("application/json; charset=UTF-8")
                .contentLength((long) json.length)
                .stream(() -> new ByteArrayInputStream(json))
                .build();
    }

    private ContractColumns contract() {
        return ContractColumns.of(ImportKind.ofUrlName(kind)).orElseThrow();
    }

    public List<Field> getFields() {
        ContractColumns contract = contract();
        return contract.fields().stream()
                .map(f -> new Field(f, contract.isRequired(f), contract.isDate(f)))
                .toList();
    }

    /** The contract columns a vendor column is chosen for, which values can be mapped for. */
    public List<String> getMappedFields() {
        return columns.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .toList();
    }

    public List<String> getKinds() {
        return Arrays.stream(ContractColumns.values())
                .map(c -> c.kind().urlName())
                .toList();
    }

    public List<String> getDateFormats() {
        return Arrays.stream(DatePattern.values()).map(DatePattern::label).toList();
    }

    public List<String> getProfileNames() {
        return profiles.newest().stream().map(MappingProfile::name).toList();
    }

    public boolean isMaySave() {
        return profiles.maySave();
    }

    public List<String> getHeader() {
        return header;
    }

    public String getFileName() {
        return fileName;
    }

    public Map<String, String> getColumns() {
        return columns;
    }

    public List<ValueRow> getValueRows() {
        return valueRows;
    }

    public List<PreviewRow> getPreview() {
        return preview;
    }

    public MappingProfile getSaved() {
        return saved;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        if (kind != null && getKinds().contains(kind)) {
            this.kind = kind;
        }
    }

    public String getDateFormat() {
        return dateFormat;
    }

    public void setDateFormat(String dateFormat) {
        this.dateFormat = dateFormat;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public String getToOpen() {
        return toOpen;
    }

    public void setToOpen(String toOpen) {
        this.toOpen = toOpen;
    }
}
