package com.tiered.evaluation.reference;

import com.tiered.evaluation.domain.DomainDecision;
import com.tiered.evaluation.domain.FlagDecision;
import com.tiered.evaluation.domain.PlanRecommendation;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.evaluation.domain.StudentFacts;
import com.tiered.evaluation.domain.fact.Goal;
import com.tiered.evaluation.domain.fact.ProgressPoint;
import com.tiered.evaluation.domain.fact.Referral;
import com.tiered.evaluation.domain.fact.Screening;
import com.tiered.evaluation.domain.fact.SpecialEducationPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The default rulebase written straight from docs (../shared/specs/default-rules.md) in plain Java, for two uses
 * only: a differential test of the Drools rules on random districts, and the baseline of the rule-core benchmark.
 * It knows nothing of the rule files; its numbers are the spec's. Explanations are not compared.
 */
public final class SpecEvaluator {
    private static final Map<String, int[]> ORF_CUTS = Map.of(
            "01|WINTER", new int[] {15, 25}, "01|SPRING", new int[] {25, 40}, "02|FALL", new int[] {20, 40},
            "02|WINTER", new int[] {35, 60}, "02|SPRING", new int[] {50, 75}, "03|FALL", new int[] {40, 60},
            "03|WINTER", new int[] {55, 80}, "03|SPRING", new int[] {65, 90});

    public List<StudentDecisions> decide(LocalDate d, List<StudentFacts> students) {
        List<StudentDecisions> out = new ArrayList<>(students.size());
        for (StudentFacts s : students) {
            out.add(decide(d, s));
        }
        return out;
    }

    private StudentDecisions decide(LocalDate d, StudentFacts s) {
        Set<String> domains = new TreeSet<>();
        s.screenings().forEach(x -> domains.add(x.getDomain()));
        s.progress().forEach(x -> domains.add(x.getDomain()));
        s.referrals().forEach(x -> domains.add(x.getDomain()));
        List<DomainDecision> decided = new ArrayList<>();
        List<PlanRecommendation> plans = new ArrayList<>();
        for (String domain : domains) {
            Set<String> flags = new TreeSet<>();
            Integer screeningTier = screening(s, domain, flags);
            List<ProgressPoint> points = s.progress().stream().filter(p -> p.getDomain().equals(domain)).toList();
            Goal goal = s.goals().stream().filter(g -> g.getDomain().equals(domain)).findFirst().orElse(null);
            boolean trendBelow = progress(points, goal, flags);
            Integer base = screeningTier != null ? screeningTier : points.isEmpty() ? null : 2;
            Integer tier = base;
            if (base != null && trendBelow) {
                tier = Math.min(base + 1, 3);
                if (tier > base) {
                    flags.add("TIER_INTENSIFY");
                }
            }
            cadence(d, s, domain, tier, points, flags);
            boolean iepCovers = s.plans().stream().anyMatch(p -> counts(p, d) && p.getKind().equals("IEP")
                    && p.getDomains().contains(domain));
            if (screeningTier != null && screeningTier == 3 && trendBelow && !iepCovers
                    && s.referrals().stream().noneMatch(r -> r.getDomain().equals(domain)
                            && !r.getConsentDate().isAfter(d))) {
                flags.add("REFER_FOR_EVALUATION");
                if (s.student().isEll()) {
                    flags.add("CONSIDER_LANGUAGE_PROFICIENCY");
                }
            }
            if (iepCovers && trendBelow) {
                flags.add("IEP_TEAM_REVIEW");
            }
            for (Referral r : s.referrals()) {
                if (!r.getDomain().equals(domain) || r.getConsentDate().isAfter(d)
                        || (r.getEvaluationCompletedOn() != null && !r.getEvaluationCompletedOn().isAfter(d))) {
                    continue;
                }
                LocalDate due = r.getConsentDate().plusDays(60);
                if (d.isAfter(due)) {
                    flags.add("EVALUATION_OVERDUE");
                } else if (ChronoUnit.DAYS.between(d, due) <= 10) {
                    flags.add("EVALUATION_DUE_SOON");
                }
            }
            if (tier != null || !flags.isEmpty()) {
                decided.add(new DomainDecision(domain, tier, null, null, codes(flags)));
            }
            if (tier != null && tier >= 2) {
                plans.add(plan(d, s, domain, tier, goal, iepCovers));
            }
        }
        return new StudentDecisions(s.studentId(), decided, codes(deadlines(d, s)), plans);
    }

    private static Integer screening(StudentFacts s, String domain, Set<String> flags) {
        List<Screening> all = s.screenings().stream().filter(x -> x.getDomain().equals(domain)).toList();
        if (all.isEmpty()) {
            return null;
        }
        Screening latest = all.stream().max(Comparator.comparing(Screening::getAdministeredOn)
                .thenComparing(Screening::getWindowOrder)).orElseThrow();
        int year = schoolYear(latest.getAdministeredOn());
        int worst = 0;
        for (Screening x : all) {
            if (schoolYear(x.getAdministeredOn()) != year || !x.getWindow().equals(latest.getWindow())) {
                continue;
            }
            int severity;
            if (x.getPercentile() != null) {
                int p = x.getPercentile();
                severity = p < 10 ? 4 : p < 25 ? 3 : p < 40 ? 2 : 1;
            } else {
                int[] cuts = x.getMeasure().equals("ORF")
                        ? ORF_CUTS.get(s.student().getGrade() + "|" + x.getWindow()) : null;
                if (cuts == null) {
                    flags.add("SCREENING_UNSCORED");
                    continue;
                }
                severity = x.getScore() < cuts[0] ? 4 : x.getScore() < cuts[1] ? 3 : 1;
            }
            worst = Math.max(worst, severity);
        }
        if (worst == 0) {
            return null;
        }
        String[] flag = {null, null, "SCREEN_ON_WATCH", "SCREEN_INTERVENTION", "SCREEN_URGENT"};
        if (flag[worst] != null) {
            flags.add(flag[worst]);
        }
        return worst == 4 ? 3 : worst == 3 ? 2 : 1;
    }

    private static boolean progress(List<ProgressPoint> points, Goal goal, Set<String> flags) {
        if (points.isEmpty()) {
            return false;
        }
        if (goal == null) {
            flags.add("PM_NO_GOAL");
            return false;
        }
        List<ProgressPoint> goalPoints = points.stream().filter(p -> p.getMeasure().equals(goal.getMeasure())
                && !p.getAdministeredOn().isBefore(goal.getBaselineDate()))
                .sorted(Comparator.comparing(ProgressPoint::getAdministeredOn)).toList();
        long span = ChronoUnit.DAYS.between(goal.getBaselineDate(), goal.getGoalDate());
        BigDecimal rise = BigDecimal.valueOf(goal.getGoalScore()).subtract(BigDecimal.valueOf(goal.getBaselineScore()));
        if (goalPoints.size() >= 4) {
            List<ProgressPoint> last = goalPoints.subList(goalPoints.size() - 4, goalPoints.size());
            int below = 0;
            int above = 0;
            for (ProgressPoint p : last) {
                long t = ChronoUnit.DAYS.between(goal.getBaselineDate(), p.getAdministeredOn());
                // score < b + rise * t / span  <=>  score * span < b * span + rise * t
                BigDecimal left = BigDecimal.valueOf(p.getScore()).multiply(BigDecimal.valueOf(span));
                BigDecimal right = BigDecimal.valueOf(goal.getBaselineScore()).multiply(BigDecimal.valueOf(span))
                        .add(rise.multiply(BigDecimal.valueOf(t)));
                int c = left.compareTo(right);
                below += c < 0 ? 1 : 0;
                above += c > 0 ? 1 : 0;
            }
            if (below == 4) {
                flags.add("PM_FOUR_BELOW");
            }
            if (above == 4) {
                flags.add("PM_FOUR_ABOVE");
            }
        }
        if (goalPoints.size() >= 8) {
            BigDecimal n = BigDecimal.valueOf(goalPoints.size());
            BigDecimal sx = BigDecimal.ZERO;
            BigDecimal sy = BigDecimal.ZERO;
            BigDecimal sxy = BigDecimal.ZERO;
            BigDecimal sxx = BigDecimal.ZERO;
            for (ProgressPoint p : goalPoints) {
                BigDecimal x = BigDecimal.valueOf(ChronoUnit.DAYS.between(goal.getBaselineDate(), p.getAdministeredOn()));
                BigDecimal y = BigDecimal.valueOf(p.getScore());
                sx = sx.add(x);
                sy = sy.add(y);
                sxy = sxy.add(x.multiply(y));
                sxx = sxx.add(x.multiply(x));
            }
            BigDecimal num = n.multiply(sxy).subtract(sx.multiply(sy));
            BigDecimal den = n.multiply(sxx).subtract(sx.multiply(sx));
            boolean below = den.signum() == 0 ? BigDecimal.ZERO.compareTo(rise) < 0
                    : num.multiply(BigDecimal.valueOf(span)).compareTo(rise.multiply(den)) < 0;
            flags.add(below ? "PM_TREND_BELOW" : "PM_TREND_AT_OR_ABOVE");
            return below;
        }
        return false;
    }

    private static void cadence(LocalDate d, StudentFacts s, String domain, Integer tier, List<ProgressPoint> points,
            Set<String> flags) {
        Integer interval = null;
        if (tier != null && tier == 3) {
            interval = 7;
        } else if (tier != null && tier == 2) {
            interval = 14;
        }
        if (!points.isEmpty() && interval != null) {
            LocalDate last = points.stream().map(ProgressPoint::getAdministeredOn).max(Comparator.naturalOrder())
                    .orElseThrow();
            if (ChronoUnit.DAYS.between(last, d) > 2L * interval) {
                flags.add("PM_OVERDUE");
            }
        }
        if (tier != null && tier >= 2 && points.isEmpty()) {
            s.screenings().stream().filter(x -> x.getDomain().equals(domain)).map(Screening::getAdministeredOn)
                    .max(Comparator.naturalOrder())
                    .filter(latest -> ChronoUnit.DAYS.between(latest, d) > 21)
                    .ifPresent(latest -> flags.add("PM_NOT_STARTED"));
        }
    }

    private static Set<String> deadlines(LocalDate d, StudentFacts s) {
        Set<String> flags = new TreeSet<>();
        for (SpecialEducationPlan p : s.plans()) {
            if (!counts(p, d)) {
                continue;
            }
            if (p.getKind().equals("IEP")) {
                deadline(d, p.getAnnualReviewDate(), 30, "IEP_REVIEW_OVERDUE", "IEP_REVIEW_DUE_SOON", flags);
                deadline(d, p.getReevaluationDate(), 60, "REEVALUATION_OVERDUE", "REEVALUATION_DUE_SOON", flags);
            } else {
                deadline(d, p.getAnnualReviewDate(), 30, "PLAN504_REVIEW_OVERDUE", "PLAN504_REVIEW_DUE_SOON", flags);
            }
        }
        return flags;
    }

    private static void deadline(LocalDate d, LocalDate date, int soon, String overdue, String dueSoon,
            Set<String> flags) {
        if (date == null) {
            return;
        }
        long days = ChronoUnit.DAYS.between(d, date);
        if (days < 0) {
            flags.add(overdue);
        } else if (days <= soon) {
            flags.add(dueSoon);
        }
    }

    private static PlanRecommendation plan(LocalDate d, StudentFacts s, String domain, int tier, Goal goal,
            boolean iep) {
        Set<String> accommodations = new LinkedHashSet<>();
        s.plans().stream().filter(p -> counts(p, d) && p.getKind().equals("IEP") && p.getDomains().contains(domain))
                .forEach(p -> accommodations.addAll(p.getAccommodations()));
        s.plans().stream().filter(p -> counts(p, d) && p.getKind().equals("504"))
                .forEach(p -> accommodations.addAll(p.getAccommodations()));
        boolean three = tier == 3;
        return new PlanRecommendation(domain, tier, null, null, three ? 5 : 3, three ? 45 : 30,
                goal == null ? null : goal.getMeasure(), three ? 7 : 14, d.plusDays(three ? 42 : 56),
                List.copyOf(accommodations), iep, null, null);
    }

    private static boolean counts(SpecialEducationPlan p, LocalDate d) {
        return !p.getStartDate().isAfter(d);
    }

    private static int schoolYear(LocalDate date) {
        return date.getMonthValue() >= 7 ? date.getYear() : date.getYear() - 1;
    }

    private static List<FlagDecision> codes(Set<String> codes) {
        Map<String, FlagDecision> sorted = new TreeMap<>();
        codes.forEach(c -> sorted.put(c, new FlagDecision(c, null, null)));
        return new ArrayList<>(sorted.values());
    }
}
