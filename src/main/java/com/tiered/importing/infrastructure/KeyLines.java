package com.tiered.importing.infrastructure;

import java.util.Arrays;

/**
 * The line on which each key of a file was first seen, by the key's 64-bit fingerprint: two primitive arrays with
 * open addressing (16 bytes a key), so the duplicate check of a 1M-row file costs about 32 MB, not a map of boxed
 * objects. It stops remembering new keys at {@code capacity}.
 */
final class KeyLines {
    private static final long EMPTY = 0L;

    private long[] keys = new long[1 << 12];
    private long[] lines = new long[1 << 12];
    private int size;
    private final int capacity;

    KeyLines(int capacity) {
        this.capacity = capacity;
    }

    /** The line recorded for the fingerprint, or 0. */
    long get(long fingerprint) {
        long key = fingerprint == EMPTY ? 1 : fingerprint;
        int mask = keys.length - 1;
        for (int i = slot(key, mask); keys[i] != EMPTY; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return lines[i];
            }
        }
        return 0;
    }

    /** Records a line for the fingerprint (the latest line wins), unless the map is full. */
    void put(long fingerprint, long line) {
        long key = fingerprint == EMPTY ? 1 : fingerprint;
        if (size >= capacity && get(key) == 0) {
            return;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            size++;
        }
        keys[i] = key;
        lines[i] = line;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new long[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = slot(oldKeys[j], mask);
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                lines[i] = oldLines[j];
            }
        }
        Arrays.fill(oldKeys, EMPTY);
    }

    private static int slot(long key, int mask) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 32) & mask;
    }
}
