package com.tiered.caseload.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One student on a caseload table: their latest tiers and flags, the flags that ask for action, the last progress
 * point and the next review of an active intervention plan.
 */
public record CaseloadEntry(
        String sourcedId,
        String name,
        String grade,
        String school,
        boolean ell,
        boolean specialEducation,
        List<DomainTier> tiers,
        List<DomainFlag> flags,
        int attention,
        LocalDate lastPoint,
        LocalDate nextReview,
        boolean onMyCaseload) {

    public CaseloadEntry {
        tiers = List.copyOf(tiers);
        flags = List.copyOf(flags);
    }

    /** A tier in one domain. */
    public record DomainTier(String domain, int tier) {
        public String getDomain() {
            return domain;
        }

        public int getTier() {
            return tier;
        }
    }

    /** A flag, in a domain or (domain null) about the student as a whole. */
    public record DomainFlag(String domain, String code) {
        public String getDomain() {
            return domain;
        }

        public String getCode() {
            return code;
        }
    }

    // Getters for the pages: Jakarta EL 5 does not read record components.
    public String getSourcedId() {
        return sourcedId;
    }

    public String getName() {
        return name;
    }

    public String getGrade() {
        return grade;
    }

    public String getSchool() {
        return school;
    }

    public boolean isEll() {
        return ell;
    }

    public boolean isSpecialEducation() {
        return specialEducation;
    }

    public List<DomainTier> getTiers() {
        return tiers;
    }

    public List<DomainFlag> getFlags() {
        return flags;
    }

    public int getAttention() {
        return attention;
    }

    public LocalDate getLastPoint() {
        return lastPoint;
    }

    public LocalDate getNextReview() {
        return nextReview;
    }

    public boolean isOnMyCaseload() {
        return onMyCaseload;
    }
}
