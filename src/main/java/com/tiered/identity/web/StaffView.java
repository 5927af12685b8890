package com.tiered.identity.web;

import com.tiered.identity.application.StaffAccounts;
import com.tiered.identity.domain.Role;
import com.tiered.shared.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The administrator's staff list, where the rule-author permission is granted and withdrawn. */
@Named
@ViewScoped
public class StaffView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient StaffAccounts accounts;

    /** A member of staff as the page lists them. */
    public record Member(String username, String name, String roles, boolean ruleAuthor, boolean mayAuthor) {}

    public List<Member> getStaff() {
        return accounts.all().stream()
                .map(u -> new Member(
                        u.getUsername(),
                        u.getDisplayName(),
                        String.join(
                                ", ",
                                u.getRoles().stream().map(Role::title).sorted().toList()),
                        u.has(Role.RULE_AUTHOR),
                        u.has(Role.SPECIALIST) || u.has(Role.SPED_COORDINATOR)))
                .toList();
    }

    public void allow(String username, boolean allowed) {
        try {
            accounts.allowRuleAuthoring(username, allowed);
            PageMessages.info((allowed ? "Granted" : "Withdrew") + " the rule-author permission "
                    + (allowed ? "to " : "from ") + username + ". It applies from their next sign-in.");
        } catch (IllegalArgumentException e) {
            PageMessages.error(e.getMessage());
        }
    }
}
