package com.tiered.importing.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tiered.shared.domain.TooLarge;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** An upload is read up to the import limit, and no further. */
class UploadCapTest {

    @Test
    void anUploadUpToTheLimitReadsWholeAndOneBytePastItStops() throws IOException {
        byte[] body = new byte[1000];
        assertArrayEquals(body, new UploadCap(new ByteArrayInputStream(body), 1000).readAllBytes());
        TooLarge refused = assertThrows(
                TooLarge.class, () -> new UploadCap(new ByteArrayInputStream(new byte[1001]), 1000).readAllBytes());
        assertEquals(
                "The upload is larger than 1,000 bytes, the limit for one import (TIERED_IMPORT_MAX_BYTES)",
                refused.getMessage());
    }
}
