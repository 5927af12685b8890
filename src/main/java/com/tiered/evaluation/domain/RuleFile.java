package com.tiered.evaluation.domain;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** One file of a rule set: a DRL file, a decision table ({@code .drl.csv}) or a scenario table. */
public record RuleFile(String path, String content) {

    public RuleFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("A rule file path must be relative and plain: " + path);
        }
    }

    public boolean isDrl() {
        return path.endsWith(".drl");
    }

    public boolean isDecisionTable() {
        return path.endsWith(".drl.csv");
    }

    public boolean isScenarioTable() {
        return path.startsWith("scenarios/") && path.endsWith(".csv");
    }

    public byte[] bytes() {
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
