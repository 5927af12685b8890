package com.tiered.identity.domain;

/** What a member of staff does in Tiered. The names are the security roles of the application. */
public enum Role {
    SPECIALIST("Intervention specialist"),
    SPED_COORDINATOR("Special-education coordinator"),
    PRINCIPAL("Principal"),
    ADMIN("Administrator");

    public static final String SPECIALIST_NAME = "SPECIALIST";
    public static final String SPED_COORDINATOR_NAME = "SPED_COORDINATOR";
    public static final String PRINCIPAL_NAME = "PRINCIPAL";
    public static final String ADMIN_NAME = "ADMIN";

    private final String title;

    Role(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
