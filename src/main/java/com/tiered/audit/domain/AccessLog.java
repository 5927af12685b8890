package com.tiered.audit.domain;

import java.util.List;

/** The access log: appended to, never changed; searched newest first. */
public interface AccessLog {

    void append(AccessEntry entry);

    List<AccessEntry> search(AccessSearch search, int first, int size);

    long count(AccessSearch search);
}
