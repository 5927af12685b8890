package com.tiered.evaluation.application;

import java.util.ArrayList;
import java.util.List;

/**
 * How a district evaluation and a what-if preview split the students: chunks of 500 (one rule session, one
 * transaction each), decided by one worker per core.
 */
public final class StudentChunks {
    public static final int SIZE = 500;

    private StudentChunks() {}

    public static List<List<Long>> of(List<Long> studentIds) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < studentIds.size(); i += SIZE) {
            chunks.add(studentIds.subList(i, Math.min(studentIds.size(), i + SIZE)));
        }
        return chunks;
    }

    /** One per core, never more than there are chunks, at least one. */
    public static int workers(int chunks) {
        return Math.max(1, Math.min(chunks, Runtime.getRuntime().availableProcessors()));
    }
}
