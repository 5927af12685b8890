package com.tiered.identity.application;

import com.tiered.identity.domain.Role;
import com.tiered.identity.domain.StaffDirectory;
import com.tiered.identity.domain.StaffUser;
import com.tiered.school.domain.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.util.Set;

/** Creates staff accounts; passwords are stored only as PBKDF2 hashes. */
@ApplicationScoped
public class StaffAccounts {
    @Inject
    private StaffDirectory directory;

    @Inject
    private Pbkdf2PasswordHash hash;

    @Transactional
    public StaffUser create(
            String username, String displayName, String password, Set<Role> roles, Set<School> schools) {
        if (directory.find(username).isPresent()) {
            throw new IllegalArgumentException("There is already a user called " + username);
        }
        StaffUser user = new StaffUser(username, displayName, hash.generate(password.toCharArray()), roles);
        schools.forEach(user::assignSchool);
        directory.store(user);
        return user;
    }

    /** An administrator grants or withdraws the rule-author permission. */
    @Transactional
    public void allowRuleAuthoring(String username, boolean allowed) {
        StaffUser user = directory
                .find(username)
                .orElseThrow(() -> new IllegalArgumentException("There is no user " + username));
        if (allowed) {
            user.requireMayAuthorRules();
        }
        directory.setRole(username, Role.RULE_AUTHOR, allowed);
    }

    public java.util.List<StaffUser> all() {
        return directory.all();
    }

    public boolean exists(String username) {
        return directory.find(username).isPresent();
    }
}
