package com.tiered.identity.domain;

/** What a member of staff does in Tiered. The names are the security roles of the application. */
public enum Role {
    SPECIALIST("Intervention specialist"),
    SPED_COORDINATOR("Special-education coordinator"),
    PRINCIPAL("Principal"),
    ADMIN("Administrator"),
    /** Granted by an administrator to specialists or coordinators: may edit, check, preview and publish the rules. */
    RULE_AUTHOR("Rule author");

    public static final String SPECIALIST_NAME = "SPECIALIST";
    public static final String SPED_COORDINATOR_NAME = "SPED_COORDINATOR";
    public static final String PRINCIPAL_NAME = "PRINCIPAL";
    public static final String ADMIN_NAME = "ADMIN";
    public static final String RULE_AUTHOR_NAME = "RULE_AUTHOR";

    private final String title;

    Role(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
