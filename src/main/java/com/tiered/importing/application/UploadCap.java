package com.tiered.importing.application;

import com.tiered.importing.domain.ImportLimits;
import com.tiered.shared.domain.TooLarge;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The body of an upload, stopped with {@link TooLarge} once it passes the import size limit: a chunked request has
 * no length to check first, and whatever reads the body (a CSV reader, a zip reader) stops there too.
 */
final class UploadCap extends FilterInputStream {
    private final long limit;
    private long count;

    UploadCap(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    static TooLarge tooLarge(long limit) {
        return new TooLarge("The upload is larger than " + ImportLimits.bytes(limit) + ", the limit for one import ("
                + ImportLimits.Setting.UPLOAD.variable() + ")");
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b != -1) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = in.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) {
        count += n;
        if (count > limit) {
            throw tooLarge(limit);
        }
    }
}
