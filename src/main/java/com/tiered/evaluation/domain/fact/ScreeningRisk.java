package com.tiered.evaluation.domain.fact;

/** The risk one counted screening result carries, with the rule and evidence behind it. */
public final class ScreeningRisk {
    private final CountedScreening counted;
    private final String risk;
    private final String rule;
    private final String explanation;

    public ScreeningRisk(CountedScreening counted, String risk, String rule, String explanation) {
        this.counted = counted;
        this.risk = risk;
        this.rule = rule;
        this.explanation = explanation;
    }

    public CountedScreening getCounted() {
        return counted;
    }

    public String getStudentId() {
        return counted.getStudentId();
    }

    public String getDomain() {
        return counted.getDomain();
    }

    public String getRisk() {
        return risk;
    }

    public String getRule() {
        return rule;
    }

    public String getExplanation() {
        return explanation;
    }
}
