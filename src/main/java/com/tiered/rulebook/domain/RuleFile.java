package com.tiered.rulebook.domain;

import com.tiered.evaluation.domain.FlagTable;
import com.tiered.shared.domain.TooLarge;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file of a rule set: a DRL file, a decision table ({@code .drl.csv}), the flags table ({@code flags.csv}) or a
 * scenario table; its path follows {@link RuleFilePath}.
 */
public record RuleFile(String path, String content) {
    /** The most a file may hold when an author saves it in the draft (UTF-8 bytes). */
    public static final int MAX_BYTES = 256 * 1024;

    public RuleFile {
        path = new RuleFilePath(path).value();
        Objects.requireNonNull(content, "content");
    }

    /**
     * A file as an author saves it in the draft: a rule file's path, and at most {@link #MAX_BYTES}.
     *
     * @throws IllegalArgumentException when the path is not a rule file's
     * @throws TooLarge when the content is larger
     */
    public static RuleFile saved(String path, String content) {
        RuleFile file = new RuleFile(path, content);
        int bytes = file.bytes().length;
        if (bytes > MAX_BYTES) {
            throw new TooLarge(path + " holds " + bytes / 1024 + " KiB; a rule file may hold at most "
                    + MAX_BYTES / 1024 + " KiB. Split it into files by concern.");
        }
        return file;
    }

    public boolean isDrl() {
        return path.endsWith(".drl");
    }

    public boolean isDecisionTable() {
        return path.endsWith(".drl.csv");
    }

    /** The table that says how each flag reads on the pages ({@link FlagTable}). */
    public boolean isFlagTable() {
        return path.equals(FlagTable.PATH);
    }

    public boolean isScenarioTable() {
        return path.startsWith("scenarios/") && path.endsWith(".csv");
    }

    public byte[] bytes() {
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
