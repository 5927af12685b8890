package com.tiered.rulebook.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.rulebook.domain.RuleFile;
import com.tiered.rulebook.domain.RuleSet;
import com.tiered.shared.domain.TooLarge;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** An uploaded rule-set zip is read with limits, and only files a rule set can hold are taken. */
class RuleSetArchiveTest {

    @Test
    void theRuleFilesOfAZipBecomeARuleSetPassingOverFoldersAndTheReadme() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("scenarios/", new byte[0]);
        entries.put("README.md", bytes("for specialists"));
        entries.put("tiering.drl", bytes("package tiered.rules;"));
        entries.put("scenarios/tiering.csv", bytes("name"));
        RuleSet read = RuleSetArchive.read(zip(entries));
        assertEquals(
                java.util.List.of("scenarios/tiering.csv", "tiering.drl"),
                read.files().stream().map(RuleFile::path).toList());
        assertEquals("package tiered.rules;", read.files().get(1).content());
    }

    @Test
    void anEntryWhoseNameARuleSetCannotHoldIsRefusedByName() {
        for (String name : new String[] {"../x.drl", "a/b/c.drl", "x.sh", "rules/tiering.drl"}) {
            IllegalArgumentException refused = assertThrows(
                    IllegalArgumentException.class, () -> RuleSetArchive.read(zip(Map.of(name, bytes("x")))));
            assertTrue(refused.getMessage().contains(name), refused.getMessage());
        }
    }

    @Test
    void aFileTwiceIsRefused() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.drl", bytes("first"));
        entries.put("b.drl", bytes("second"));
        // A zip writer refuses a name twice; rename the second entry in the bytes (the names are as long).
        byte[] zip = zip(entries).readAllBytes();
        String latin = new String(zip, StandardCharsets.ISO_8859_1).replace("b.drl", "a.drl");
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> RuleSetArchive.read(new ByteArrayInputStream(latin.getBytes(StandardCharsets.ISO_8859_1))));
        assertTrue(refused.getMessage().contains("a.drl twice"), refused.getMessage());
    }

    @Test
    void moreThanTwoHundredEntriesAreRefusedAsTooLarge() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i <= RuleSetArchive.MAX_ENTRIES; i++) {
            entries.put("f" + i + ".drl", new byte[0]);
        }
        TooLarge refused = assertThrows(TooLarge.class, () -> RuleSetArchive.read(zip(entries)));
        assertTrue(refused.getMessage().contains("200 entries"), refused.getMessage());
    }

    @Test
    void anEntryLargerThanAMebibyteOnceInflatedIsRefusedWithoutReadingItWhole() {
        // 64 MiB of zeros compress to a few dozen KiB: a zip bomb in small.
        byte[] bomb = zipStreaming("bomb.drl", new CountingZeros(64L * 1024 * 1024));
        TooLarge refused = assertThrows(TooLarge.class, () -> RuleSetArchive.read(new ByteArrayInputStream(bomb)));
        assertTrue(refused.getMessage().contains("bomb.drl")
                && refused.getMessage().contains("1 MiB"));
        assertTrue(bomb.length < 1024 * 1024, "the bomb is small: " + bomb.length);
    }

    @Test
    void entriesLargerThanTenMebibytesInAllAreRefused() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            entries.put("f" + i + ".drl", new byte[RuleSetArchive.MAX_ENTRY_BYTES]);
        }
        TooLarge refused = assertThrows(TooLarge.class, () -> RuleSetArchive.read(zip(entries)));
        assertTrue(refused.getMessage().contains("10 MiB in all"), refused.getMessage());
    }

    @Test
    void somethingThatIsNotAZipIsRefused() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> RuleSetArchive.read(new ByteArrayInputStream(bytes("rule \"x\" when then end"))));
        assertTrue(refused.getMessage().contains("zip of rule files"), refused.getMessage());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ByteArrayInputStream zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ByteArrayInputStream(out.toByteArray());
    }

    private static byte[] zipStreaming(String name, CountingZeros content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            content.transferTo(zip);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** So many zero bytes, without holding them. */
    private static final class CountingZeros extends java.io.InputStream {
        private long left;

        CountingZeros(long count) {
            this.left = count;
        }

        @Override
        public int read() {
            return left-- > 0 ? 0 : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 0);
            left -= n;
            return n;
        }
    }
}
