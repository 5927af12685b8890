package com.tiered.caseload.domain;

import java.util.List;

/**
 * A school at a glance for its principal: how its students spread over the tiers per domain, how many carry each flag,
 * who is at Tier 2/3 with no progress monitoring, which plan reviews are overdue, the specialists' caseloads and how
 * long students have held their tiers.
 */
public record SchoolOverview(
        long schoolId,
        String school,
        int students,
        List<TierCount> tiers,
        List<FlagCount> flags,
        List<DomainCount> unmonitored,
        int overdueReviews,
        List<SpecialistLoad> specialists,
        List<TimeInTier> timeInTier) {

    /** Students at a tier in a domain. */
    public record TierCount(String domain, int tier, int students) {}

    public record FlagCount(String code, int students) {}

    public record DomainCount(String domain, int students) {}

    public record SpecialistLoad(String name, int students) {}

    /** Students at a tier in a domain, and the average and longest weeks they have held it. */
    public record TimeInTier(String domain, int tier, int students, double averageWeeks, double longestWeeks) {}
}
