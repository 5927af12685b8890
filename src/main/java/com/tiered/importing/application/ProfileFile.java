package com.tiered.importing.application;

import com.tiered.importing.domain.DatePattern;
import com.tiered.importing.domain.ImportKind;
import com.tiered.importing.domain.ImportLimits;
import com.tiered.importing.domain.MappingProfile;
import com.tiered.importing.domain.ProfileRefused;
import com.tiered.shared.domain.TooLarge;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A mapping profile as a file (JSON, docs/api.md): what the export gives and an upload takes, so a profile made in
 * one district or test system can be saved in another. An uploaded file is hostile input: at most 64 KiB, valid
 * JSON without repeated keys, no member the format does not know, every member of the type it should be. The
 * version, author and time an export writes are ignored on upload: the server numbers the versions.
 */
public final class ProfileFile {
    public static final int MAX_BYTES = 64 * 1024;
    private static final int MAX_DEPTH = 8;

    private static final Set<String> MEMBERS =
            Set.of("name", "kind", "dateFormat", "columns", "values", "header", "version", "savedBy", "savedAt");
    private static final JsonReaderFactory STRICT =
            Json.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

    private ProfileFile() {}

    public static JsonObject json(MappingProfile profile) {
        JsonObjectBuilder columns = Json.createObjectBuilder();
        profile.columns().forEach(columns::add);
        JsonObjectBuilder values = Json.createObjectBuilder();
        profile.values().forEach((field, mapping) -> {
            JsonObjectBuilder m = Json.createObjectBuilder();
            mapping.forEach(m::add);
            values.add(field, m);
        });
        JsonArrayBuilder header = Json.createArrayBuilder();
        profile.header().forEach(header::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("name", profile.name())
                .add("kind", profile.kind().urlName())
                .add("dateFormat", profile.dateFormat().label())
                .add("columns", columns)
                .add("values", values)
                .add("header", header);
        if (profile.version() > 0) {
            json.add("version", profile.version())
                    .add("savedBy", profile.savedBy())
                    .add("savedAt", profile.savedAt().toString());
        }
        return json.build();
    }

    /** The profile as a file people can read (indented). */
    public static String text(MappingProfile profile) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.writeObject(json(profile));
        }
        return out.toString().strip() + "\n";
    }

    /**
     * Reads an uploaded profile file; what it says is checked when it is saved ({@link
     * com.tiered.importing.domain.ProfileCheck}).
     *
     * @throws TooLarge past 64 KiB
     * @throws ProfileRefused when it is not a profile file, saying why
     */
    public static MappingProfile read(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new TooLarge(
                    "A mapping profile file is at most " + ImportLimits.bytes(MAX_BYTES) + "; this one is larger");
        }
        requireShallow(bytes);
        JsonObject json;
        try (JsonReader reader = STRICT.createReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ProfileRefused("A mapping profile file is a JSON object");
            }
            json = value.asJsonObject();
        } catch (JsonException e) {
            throw new ProfileRefused("The mapping profile file is not valid JSON: " + e.getMessage());
        }
        return profile(json);
    }

    /**
     * A profile is four levels deep at most (the file, columns, a column's values, a value). Deeper input is refused
     * before a reader builds it: the JSON library stops at 1,000 levels with an exception that is not a JSON error.
     */
    private static void requireShallow(byte[] bytes) {
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(bytes))) {
            int depth = 0;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                    if (++depth > MAX_DEPTH) {
                        throw new ProfileRefused("The mapping profile file nests deeper than a profile does ("
                                + MAX_DEPTH + " levels at most)");
                    }
                } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                    depth--;
                }
            }
        } catch (JsonException e) {
            throw new ProfileRefused("The mapping profile file is not valid JSON: " + e.getMessage());
        }
    }

    private static MappingProfile profile(JsonObject json) {
        List<String> problems = new ArrayList<>();
        Set<String> unknown = new TreeSet<>(json.keySet());
        unknown.removeAll(MEMBERS);
        if (!unknown.isEmpty()) {
            problems.add("The file has members a profile does not: " + String.join(", ", unknown)
                    + " (a profile has name, kind, dateFormat, columns, values and header)");
        }
        String name = text(json, "name", true, problems);
        String kindName = text(json, "kind", true, problems);
        String dateLabel = text(json, "dateFormat", false, problems);
        ImportKind kind = null;
        if (kindName != null) {
            try {
                kind = ImportKind.ofUrlName(kindName);
            } catch (ImportKind.UnknownKind e) {
                problems.add(e.getMessage());
            }
        }
        DatePattern dates = DatePattern.ISO;
        if (dateLabel != null) {
            dates = DatePattern.ofLabel(dateLabel).orElse(null);
            if (dates == null) {
                problems.add("dateFormat '" + dateLabel + "' is not one of " + DatePattern.labels());
            }
        }
        Map<String, String> columns = texts(json, "columns", true, problems);
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        JsonValue valuesJson = json.get("values");
        if (valuesJson != null && valuesJson.getValueType() != JsonValue.ValueType.NULL) {
            if (valuesJson.getValueType() != JsonValue.ValueType.OBJECT) {
                problems.add("values must be an object: column → {vendor value: value}");
            } else {
                valuesJson.asJsonObject().forEach((field, mapping) -> {
                    if (mapping.getValueType() != JsonValue.ValueType.OBJECT) {
                        problems.add("values of " + field + " must be an object: {vendor value: value}");
                    } else {
                        values.put(field, texts(mapping.asJsonObject(), "values of " + field, problems));
                    }
                });
            }
        }
        List<String> header = header(json.get("header"), problems);
        if (!problems.isEmpty()) {
            throw new ProfileRefused(problems);
        }
        return MappingProfile.draft(name, kind, columns, values, dates, header);
    }

    private static String text(JsonObject json, String member, boolean required, List<String> problems) {
        JsonValue value = json.get(member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                problems.add("The file has no " + member);
            }
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            problems.add(member + " must be text");
            return null;
        }
        return ((JsonString) value).getString();
    }

    private static Map<String, String> texts(JsonObject json, String member, boolean required, List<String> problems) {
        JsonValue value = json.get(member);
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            if (required || value != null) {
                problems.add(member + " must be an object: column → the vendor's column");
            }
            return Map.of();
        }
        return texts(value.asJsonObject(), member, problems);
    }

    private static Map<String, String> texts(JsonObject object, String what, List<String> problems) {
        Map<String, String> texts = new LinkedHashMap<>();
        object.forEach((key, value) -> {
            if (value.getValueType() == JsonValue.ValueType.STRING) {
                texts.put(key, ((JsonString) value).getString());
            } else {
                problems.add(what + ": '" + key + "' must be text");
            }
        });
        return texts;
    }

    private static List<String> header(JsonValue value, List<String> problems) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            problems.add("header must be a list of the vendor's column names");
            return List.of();
        }
        JsonArray array = value.asJsonArray();
        List<String> header = new ArrayList<>();
        for (JsonValue column : array) {
            if (column.getValueType() != JsonValue.ValueType.STRING) {
                problems.add("header must be a list of the vendor's column names (text)");
                return List.of();
            }
            header.add(((JsonString) column).getString());
        }
        return header;
    }
}
