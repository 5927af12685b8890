package com.tiered.audit.application;

import com.tiered.audit.domain.AccessAction;
import com.tiered.audit.domain.AccessEntry;
import com.tiered.audit.domain.AccessLog;
import com.tiered.audit.domain.AccessSearch;
import com.tiered.identity.application.CurrentStaff;
import com.tiered.shared.application.Wiring;
import java.util.ArrayList;
import java.util.List;

/** The access log of a unit test, in memory, with the real {@link AccessRecorder} that writes to it. */
public final class MemoryAccessLog implements AccessLog {
    private final List<AccessEntry> entries = new ArrayList<>();

    /** A recorder for the request of {@code staff}, writing here. */
    public AccessRecorder recorderFor(CurrentStaff staff) {
        return Wiring.inject(new AccessRecorder(), this, staff);
    }

    /** What was appended, oldest first, as "user ACTION student: detail". */
    public List<String> lines() {
        return entries.stream()
                .map(e -> e.username() + " " + e.action() + " " + e.studentSourcedId() + ": " + e.detail())
                .toList();
    }

    public List<AccessAction> actions() {
        return entries.stream().map(AccessEntry::action).toList();
    }

    @Override
    public void append(AccessEntry entry) {
        entries.add(entry);
    }

    @Override
    public List<AccessEntry> search(AccessSearch search, int first, int size) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long count(AccessSearch search) {
        throw new UnsupportedOperationException();
    }
}
