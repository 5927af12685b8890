package com.tiered.audit.domain;

import java.time.Instant;

/** One line of the access log; {@code studentSourcedId} is null for an action about many students. */
public record AccessEntry(Instant at, String username, AccessAction action, String studentSourcedId, String detail) {

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public AccessAction getAction() {
        return action;
    }

    public String getStudentSourcedId() {
        return studentSourcedId;
    }

    public String getDetail() {
        return detail;
    }
}
