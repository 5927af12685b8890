package com.tiered.caseload.domain;

import java.util.Set;

/**
 * Which students a caseload table shows. {@code scope} is the schools the user may see (null: the district); every
 * other field narrows further and is ignored when null, blank or false. {@code tier} alone matches a tier in any
 * domain; {@code unmonitored} keeps students at Tier 2 or 3 (in {@code domain} when given) with no progress point
 * there; {@code reviewOverdue} keeps students with an active plan past its review date.
 */
public record CaseloadFilter(
        Set<Long> scope,
        Long schoolId,
        String grade,
        String domain,
        Integer tier,
        String flag,
        String name,
        Long caseloadOf,
        boolean attentionOnly,
        boolean unmonitored,
        boolean reviewOverdue,
        Long caseloadFirstFor) {

    public static CaseloadFilter of(Set<Long> scope) {
        return new CaseloadFilter(scope, null, null, null, null, null, null, null, false, false, false, null);
    }
}
