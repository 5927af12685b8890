package com.tiered.importing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The duplicate check's map answers as a plain map would, and stops growing at its capacity. */
class KeyLinesTest {

    @Test
    void itRemembersTheLineOfEveryKeyAsAMapWould() {
        KeyLines lines = new KeyLines(1_000_000);
        Map<Long, Long> expected = new HashMap<>();
        Random random = new Random(3);
        for (long line = 2; line < 200_000; line++) {
            long key = random.nextInt(150_000) * 0x9E3779B97F4A7C15L;
            lines.put(key, line);
            expected.put(key, line);
        }
        expected.forEach((key, line) -> assertEquals(line, lines.get(key)));
        assertEquals(0, lines.get(42L), "an unknown key");
        lines.put(0L, 7);
        assertEquals(7, lines.get(0L), "even the fingerprint 0");
    }

    @Test
    void pastItsCapacityItForgetsNewKeysButUpdatesKnownOnes() {
        KeyLines lines = new KeyLines(2);
        lines.put(11, 2);
        lines.put(22, 3);
        lines.put(33, 4);
        lines.put(11, 5);
        assertEquals(0, lines.get(33));
        assertEquals(5, lines.get(11));
    }
}
