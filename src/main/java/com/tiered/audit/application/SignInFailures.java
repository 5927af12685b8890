package com.tiered.audit.application;

import com.tiered.audit.domain.AccessAction;
import com.tiered.audit.domain.AccessEntry;
import com.tiered.audit.domain.AccessLog;
import com.tiered.identity.domain.SignInFailed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Writes each failed sign-in to the access log: there is no signed-in user yet, so the name tried is the user. */
@ApplicationScoped
public class SignInFailures {
    @Inject
    private AccessLog log;

    void onFailure(@Observes SignInFailed failure) {
        String username = failure.username();
        log.append(new AccessEntry(
                failure.at(),
                username == null || username.isBlank() ? "(blank)" : username,
                AccessAction.FAILED_SIGN_IN,
                null,
                failure.detail()));
    }
}
