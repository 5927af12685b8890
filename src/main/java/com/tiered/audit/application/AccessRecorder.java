package com.tiered.audit.application;

import com.tiered.audit.domain.AccessAction;
import com.tiered.audit.domain.AccessEntry;
import com.tiered.audit.domain.AccessLog;
import com.tiered.identity.application.CurrentStaff;
import com.tiered.shared.application.RefusedByRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;

/** Appends to the access log in the name of the user behind the current request. */
@RequestScoped
public class AccessRecorder {
    @Inject
    private AccessLog log;

    @Inject
    private CurrentStaff staff;

    private boolean refusalRecorded;

    public void record(AccessAction action, String studentSourcedId, String detail) {
        log.append(new AccessEntry(Instant.now(), staff.username(), action, studentSourcedId, detail));
        refusalRecorded |= action == AccessAction.REFUSED;
    }

    /**
     * A 403 because the user's roles do not include one the address needs ("Refused: role — GET /admin/…"); not
     * recorded again when this request's refusal is already in the log (a student or school outside the user's scope).
     */
    void onRefusedByRole(@Observes RefusedByRole refusal) {
        if (!refusalRecorded) {
            record(AccessAction.REFUSED, null, "Refused: role — " + refusal.method() + " " + refusal.path());
        }
    }
}
