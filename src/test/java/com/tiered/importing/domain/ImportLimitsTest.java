package com.tiered.importing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The import limits: their defaults, how they are set, and how messages show them. */
class ImportLimitsTest {

    @Test
    void withNothingSetTheDefaultsApply() {
        ImportLimits limits = ImportLimits.from(s -> null);
        assertEquals(ImportLimits.DEFAULTS, limits);
        assertEquals(200L * 1024 * 1024, limits.maxUploadBytes());
        assertEquals(65_536, limits.maxFieldChars());
        assertEquals(100, limits.maxZipEntries());
        assertEquals(100, limits.maxZipRatio());
    }

    @Test
    void aSettingMayUseKMAndGAndAnUnreadableOneLeavesTheDefault() {
        Map<ImportLimits.Setting, String> set = Map.of(
                ImportLimits.Setting.UPLOAD, "50M",
                ImportLimits.Setting.ZIP_TOTAL, "2g",
                ImportLimits.Setting.FIELD, "1024",
                ImportLimits.Setting.ZIP_RATIO, "lots",
                ImportLimits.Setting.ZIP_ENTRIES, "-3");
        ImportLimits limits = ImportLimits.from(set::get);
        assertEquals(50L * 1024 * 1024, limits.maxUploadBytes());
        assertEquals(2L * 1024 * 1024 * 1024, limits.maxZipTotalBytes());
        assertEquals(1024, limits.maxFieldChars());
        assertEquals(100, limits.maxZipRatio(), "not a number: the default");
        assertEquals(100, limits.maxZipEntries(), "not positive: the default");
        assertNull(ImportLimits.parse("9999999999999G"), "too large for a long");
    }

    @Test
    void sizesReadAsPeopleWriteThem() {
        assertEquals("200 MiB", ImportLimits.bytes(200L * 1024 * 1024));
        assertEquals("64 KiB", ImportLimits.bytes(65_536));
        assertEquals("1 GiB", ImportLimits.bytes(1L << 30));
        assertEquals("1,000 bytes", ImportLimits.bytes(1000));
        assertEquals("65,536", ImportLimits.count(65_536));
    }
}
