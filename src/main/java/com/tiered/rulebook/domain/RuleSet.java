package com.tiered.rulebook.domain;

import com.tiered.evaluation.domain.FlagTable;
import com.tiered.evaluation.domain.RuleMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/** The files of one rule set, and its version: a content hash, so the same files always have the same version. */
public final class RuleSet {
    /** Where the rule set that ships with Tiered is on the class path (the project's rules/ folder). */
    public static final String SHIPPED_FOLDER = "tiered-rules";

    private final List<RuleFile> files;
    private final String version;

    public RuleSet(List<RuleFile> files) {
        List<RuleFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(RuleFile::path));
        this.files = List.copyOf(sorted);
        this.version = hash(this.files);
    }

    public List<RuleFile> files() {
        return files;
    }

    public List<RuleFile> ruleFiles() {
        return files.stream().filter(f -> f.isDrl() || f.isDecisionTable()).toList();
    }

    public List<RuleFile> scenarioFiles() {
        return files.stream().filter(RuleFile::isScenarioTable).toList();
    }

    /** The first 12 hex digits of the SHA-256 of the files' paths and contents. */
    public String version() {
        return version;
    }

    private static String hash(List<RuleFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleFile file : files) {
                digest.update(file.path().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.bytes());
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * The rule set's flag table, or the shipped one when it has none; what is wrong with its rows is added to {@code
     * problems} (the table then holds the rows that could be read).
     */
    public FlagTable flagTable(List<RuleMessage> problems) {
        return files().stream()
                .filter(RuleFile::isFlagTable)
                .findFirst()
                .map(file -> FlagTable.read(file.content(), problems))
                .orElseGet(FlagTable::shipped);
    }
}
