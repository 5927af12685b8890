package com.tiered.importing.infrastructure;

import com.tiered.importing.domain.ImportLimits;
import com.tiered.shared.domain.TooLarge;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A zip read as a stream, one entry after another, within the import limits: how many entries, how large one entry
 * and all of them grow once inflated, and how many times its compressed size an entry inflates to. The sizes are
 * counted as the bytes come out of the inflater — what the zip's headers claim is never trusted — so a zip bomb is
 * stopped within its first megabyte, and an entry nobody reads is still inflated (to skip it) within the limits.
 */
final class BoundedZip {
    /** An entry is not judged by its ratio before it has inflated this far: tiny files compress very well. */
    static final long RATIO_FROM = 1024 * 1024;

    /** What to do with one entry; {@code content} ends with the entry and need not be read to its end. */
    interface Entries {
        void accept(String name, InputStream content) throws IOException;
    }

    private BoundedZip() {}

    /**
     * Hands each entry that is not a folder to {@code entries}; {@code what} names the zip in messages.
     *
     * @return how many entries the zip held (0: it is not a zip, or an empty one)
     * @throws TooLarge past a limit, naming the entry and the limit
     * @throws IOException when it is not a readable zip
     */
    static int read(InputStream in, ImportLimits limits, String what, Entries entries) throws IOException {
        Counted raw = new Counted(in);
        int count = 0;
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++count > limits.maxZipEntries()) {
                    throw new TooLarge(what + " holds more than " + ImportLimits.count(limits.maxZipEntries())
                            + " entries (the limit, " + ImportLimits.Setting.ZIP_ENTRIES.variable()
                            + "); nothing was imported");
                }
                Entry content = new Entry(zip, raw, shown(entry.getName()), total, limits, what);
                if (!entry.isDirectory()) {
                    entries.accept(entry.getName(), content);
                }
                content.drain();
                total += content.inflated;
            }
        }
        return count;
    }

    /** An entry's name as messages show it: at most 120 characters. */
    static String shown(String name) {
        return name.length() > 120 ? name.substring(0, 120) + "…" : name;
    }

    /** The bytes taken from the caller's stream so far: the compressed size of what was inflated. */
    private static final class Counted extends FilterInputStream {
        private long count;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b != -1) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in.skip(n);
            count += skipped;
            return skipped;
        }
    }

    /** One entry's inflated bytes, counted against the limits as they are read. */
    private static final class Entry extends InputStream {
        private final ZipInputStream zip;
        private final Counted raw;
        private final String name;
        private final long before;
        private final long rawAtStart;
        private final ImportLimits limits;
        private final String what;
        private long inflated;

        Entry(ZipInputStream zip, Counted raw, String name, long before, ImportLimits limits, String what) {
            this.zip = zip;
            this.raw = raw;
            this.name = name;
            this.before = before;
            this.rawAtStart = raw.count;
            this.limits = limits;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = zip.read(buffer, offset, length);
            if (n > 0) {
                inflated += n;
                check();
            }
            return n;
        }

        @Override
        public void close() {
            // the zip goes on to its next entry
        }

        void drain() throws IOException {
            byte[] buffer = new byte[1 << 14];
            while (read(buffer, 0, buffer.length) != -1) {
                // counted by read
            }
        }

        private void check() {
            if (inflated > limits.maxZipEntryBytes()) {
                throw new TooLarge(name + " in " + what + " is larger than "
                        + ImportLimits.bytes(limits.maxZipEntryBytes()) + " once unzipped (the limit for one file, "
                        + ImportLimits.Setting.ZIP_ENTRY.variable() + "); nothing was imported");
            }
            if (before + inflated > limits.maxZipTotalBytes()) {
                throw new TooLarge(what + " is larger than " + ImportLimits.bytes(limits.maxZipTotalBytes())
                        + " in all once unzipped, at " + name + " (the limit, "
                        + ImportLimits.Setting.ZIP_TOTAL.variable() + "); nothing was imported");
            }
            long compressed = Math.max(1, raw.count - rawAtStart);
            if (inflated > RATIO_FROM && (double) inflated / compressed > limits.maxZipRatio()) {
                throw new TooLarge(name + " in " + what + " inflates to more than "
                        + ImportLimits.count(limits.maxZipRatio()) + " times its compressed size, as a zip bomb does"
                        + " (the limit, " + ImportLimits.Setting.ZIP_RATIO.variable() + "); nothing was imported");
            }
        }
    }
}
