package com.tiered.specialed.domain;

/** An individualised education program, or a Section 504 plan. */
public enum PlanKind {
    IEP("IEP"),
    PLAN_504("504");

    private final String code;

    PlanKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static PlanKind ofCode(String code) {
        for (PlanKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("kind '" + code + "' is not IEP or 504");
    }
}
