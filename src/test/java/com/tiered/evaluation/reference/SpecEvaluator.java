package com.tiered.evaluation.reference;

import com.tiered.evaluation.domain.DomainDecision;
import com.tiered.evaluation.domain.FlagDecision;
import com.tiered.evaluation.domain.PlanRecommendation;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.evaluation.domain.StudentFacts;
import com.tiered.evaluation.domain.fact.Goal;
import com.tiered.evaluation.domain.fact.Numbers;
import com.tiered.evaluation.domain.fact.ProgressPoint;
import com.tiered.evaluation.domain.fact.Referral;
import com.tiered.evaluation.domain.fact.Screening;
import com.tiered.evaluation.domain.fact.SpecialEducationPlan;
import java.math.BigDecimal;
import java.math.MathContext;
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
 * It knows nothing of the rule files; its numbers are the spec's. Like the rules, it gives every tier, flag and plan
 * the rule that made it and an explanation citing the evidence, and picks an intervention from a library, so that
 * the benchmark compares the same work; the differential test compares tiers, flags and the plan fields the spec
 * fixes, not the wording.
 */
public final class SpecEvaluator {
    private static final Map<String, int[]> ORF_CUTS = Map.of(
            "01|WINTER",
            new int[] {15, 25},
            "01|SPRING",
            new int[] {25, 40},
            "02|FALL",
            new int[] {20, 40},
            "02|WINTER",
            new int[] {35, 60},
            "02|SPRING",
            new int[] {50, 75},
            "03|FALL",
            new int[] {40, 60},
            "03|WINTER",
            new int[] {55, 80},
            "03|SPRING",
            new int[] {65, 90});
    private static final String[] RISK = {null, "AT_BENCHMARK", "ON_WATCH", "INTERVENTION", "URGENT"};
    private static final String[] SCREEN_FLAG = {null, null, "SCREEN_ON_WATCH", "SCREEN_INTERVENTION", "SCREEN_URGENT"};
    private static final String COORDINATION = "Coordinated with the IEP: these minutes add to, and never replace, "
            + "the special-education services of the IEP.";
    /** Domain, tier, grade band (KG = 0) → intervention and the measure used without a goal. */
    private static final List<LibraryEntry> LIBRARY = List.of(
            new LibraryEntry("READING", 2, 0, 2, "Phonics small group", "Phonics in a group of 3 to 5", "NWF"),
            new LibraryEntry("READING", 3, 0, 2, "Intensive phonics 1:1", "Daily one-to-one phonics", "NWF"),
            new LibraryEntry("READING", 2, 3, 5, "Repeated reading fluency group", "Repeated reading", "ORF"),
            new LibraryEntry("READING", 3, 3, 5, "Intensive decoding and fluency", "Decoding and fluency", "ORF"),
            new LibraryEntry("READING", 2, 6, 12, "Comprehension strategy group", "Comprehension", "MAZE"),
            new LibraryEntry("READING", 3, 6, 12, "Intensive reading intervention", "Intensive reading", "ORF"),
            new LibraryEntry("MATH", 2, 0, 2, "Number sense small group", "Number sense", "EN_CBM"),
            new LibraryEntry("MATH", 3, 0, 2, "Intensive number sense 1:1", "Number sense 1:1", "EN_CBM"),
            new LibraryEntry("MATH", 2, 3, 5, "Math facts fluency and concepts", "Fact fluency", "MCOMP"),
            new LibraryEntry("MATH", 3, 3, 5, "Intensive explicit math instruction", "CRA sequence", "MCOMP"),
            new LibraryEntry("MATH", 2, 6, 12, "Pre-algebra skills group", "Pre-algebra", "MCAP"),
            new LibraryEntry("MATH", 3, 6, 12, "Intensive math foundations", "Foundations", "MCAP"));

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
            Flags flags = new Flags();
            Decided screening = screening(s, domain, flags);
            List<ProgressPoint> points = s.progress().stream()
                    .filter(p -> p.getDomain().equals(domain))
                    .toList();
            ProgressPoint latestPoint = points.stream()
                    .max(Comparator.comparing(ProgressPoint::getAdministeredOn))
                    .orElse(null);
            Goal goal = s.goals().stream()
                    .filter(g -> g.getDomain().equals(domain))
                    .findFirst()
                    .orElse(null);
            String trendBelow = progress(domain, points, latestPoint, goal, flags);
            Decided base = screening != null
                    ? new Decided(
                            screening.tier,
                            "The base tier is the screening tier",
                            "screening tier " + screening.tier + ": " + screening.explanation)
                    : latestPoint == null
                            ? null
                            : new Decided(
                                    2,
                                    "Progress monitoring without a screening tier means Tier 2",
                                    "no screening tier in "
                                            + domain + ", but progress points (latest " + latestPoint.getMeasure()
                                            + " on "
                                            + latestPoint.getAdministeredOn() + ")");
            Decided tier = base;
            if (base != null && trendBelow != null) {
                int raised = Math.min(base.tier + 1, 3);
                String rule = "A trend below the aim line intensifies the tier";
                tier = new Decided(
                        raised, rule, "base tier " + base.tier + " (" + base.explanation + "); " + trendBelow);
                if (raised > base.tier) {
                    flags.add("TIER_INTENSIFY", rule, "tier " + base.tier + " raised to " + raised + ": " + trendBelow);
                }
            }
            cadence(d, s, domain, tier, latestPoint, flags);
            boolean iepCovers = s.plans().stream()
                    .anyMatch(p -> counts(p, d)
                            && p.getKind().equals("IEP")
                            && p.getDomains().contains(domain));
            if (screening != null
                    && screening.tier == 3
                    && trendBelow != null
                    && !iepCovers
                    && s.referrals().stream()
                            .noneMatch(r -> r.getDomain().equals(domain)
                                    && !r.getConsentDate().isAfter(d))) {
                flags.add(
                        "REFER_FOR_EVALUATION",
                        "Refer for a special-education evaluation",
                        "screening tier 3, " + trendBelow + ", no IEP covering " + domain + " and no referral");
                if (s.student().isEll()) {
                    flags.add(
                            "CONSIDER_LANGUAGE_PROFICIENCY",
                            "Consider language proficiency before referring an English learner",
                            "the student is an English learner being considered for referral in " + domain);
                }
            }
            if (iepCovers && trendBelow != null) {
                flags.add(
                        "IEP_TEAM_REVIEW",
                        "IEP team review when the trend is below the aim line",
                        "the IEP covers " + domain + " and " + trendBelow);
            }
            evaluationClock(d, s, domain, flags);
            if (tier != null || !flags.isEmpty()) {
                decided.add(new DomainDecision(
                        domain,
                        tier == null ? null : tier.tier,
                        tier == null ? null : tier.rule,
                        tier == null ? null : tier.explanation,
                        flags.decisions()));
            }
            if (tier != null && tier.tier >= 2) {
                plans.add(plan(d, s, domain, tier.tier, goal, iepCovers));
            }
        }
        return new StudentDecisions(s.studentId(), decided, deadlines(d, s).decisions(), plans);
    }

    private static Decided screening(StudentFacts s, String domain, Flags flags) {
        List<Screening> all = s.screenings().stream()
                .filter(x -> x.getDomain().equals(domain))
                .toList();
        if (all.isEmpty()) {
            return null;
        }
        Screening latest = all.stream()
                .max(Comparator.comparing(Screening::getAdministeredOn).thenComparing(Screening::getWindowOrder))
                .orElseThrow();
        int year = schoolYear(latest.getAdministeredOn());
        int worst = 0;
        String worstWhy = null;
        for (Screening x : all) {
            if (schoolYear(x.getAdministeredOn()) != year || !x.getWindow().equals(latest.getWindow())) {
                continue;
            }
            int severity;
            String why;
            if (x.getPercentile() != null) {
                int p = x.getPercentile();
                severity = p < 10 ? 4 : p < 25 ? 3 : p < 40 ? 2 : 1;
                why = "percentile " + p + " on " + x.describe() + " is " + RISK[severity];
            } else {
                int[] cuts = x.getMeasure().equals("ORF")
                        ? ORF_CUTS.get(s.student().getGrade() + "|" + x.getWindow())
                        : null;
                if (cuts == null) {
                    flags.add(
                            "SCREENING_UNSCORED",
                            "A result with neither percentile nor cut scores is unscored",
                            "no percentile on " + x.describe() + " and no cut scores for " + x.getMeasure()
                                    + " in grade " + s.student().getGrade() + ", " + x.getWindow());
                    continue;
                }
                severity = x.getScore() < cuts[0] ? 4 : x.getScore() < cuts[1] ? 3 : 1;
                why = "score " + x.scoreText() + " on " + x.describe() + " (grade "
                        + s.student().getGrade() + " cut scores) is " + RISK[severity];
            }
            if (severity > worst) {
                worst = severity;
                worstWhy = why;
            }
        }
        if (worst == 0) {
            return null;
        }
        String rule = "The screening tier is that of the worst counted risk";
        if (SCREEN_FLAG[worst] != null) {
            flags.add(SCREEN_FLAG[worst], rule, worstWhy);
        }
        return new Decided(
                worst == 4 ? 3 : worst == 3 ? 2 : 1, rule, "worst counted risk " + RISK[worst] + ": " + worstWhy);
    }

    /** Raises the progress flags; answers the trend's explanation when the trend is below the aim line, else null. */
    private static String progress(
            String domain, List<ProgressPoint> points, ProgressPoint latest, Goal goal, Flags flags) {
        if (points.isEmpty()) {
            return null;
        }
        if (goal == null) {
            flags.add(
                    "PM_NO_GOAL",
                    "Progress points but no goal",
                    "progress points in " + domain + " (latest " + latest.getMeasure() + " on "
                            + latest.getAdministeredOn() + ") and no goal");
            return null;
        }
        List<ProgressPoint> goalPoints = points.stream()
                .filter(p -> p.getMeasure().equals(goal.getMeasure())
                        && !p.getAdministeredOn().isBefore(goal.getBaselineDate()))
                .sorted(Comparator.comparing(ProgressPoint::getAdministeredOn))
                .toList();
        long span = ChronoUnit.DAYS.between(goal.getBaselineDate(), goal.getGoalDate());
        BigDecimal rise = BigDecimal.valueOf(goal.getGoalScore()).subtract(BigDecimal.valueOf(goal.getBaselineScore()));
        if (goalPoints.size() >= 4) {
            List<ProgressPoint> last = goalPoints.subList(goalPoints.size() - 4, goalPoints.size());
            int below = 0;
            int above = 0;
            StringBuilder described = new StringBuilder();
            for (ProgressPoint p : last) {
                long t = ChronoUnit.DAYS.between(goal.getBaselineDate(), p.getAdministeredOn());
                // score < b + rise * t / span  <=>  score * span < b * span + rise * t
                BigDecimal left = BigDecimal.valueOf(p.getScore()).multiply(BigDecimal.valueOf(span));
                BigDecimal right = BigDecimal.valueOf(goal.getBaselineScore())
                        .multiply(BigDecimal.valueOf(span))
                        .add(rise.multiply(BigDecimal.valueOf(t)));
                int c = left.compareTo(right);
                below += c < 0 ? 1 : 0;
                above += c > 0 ? 1 : 0;
                double aim = goal.getBaselineScore() + rise.doubleValue() * t / span;
                described
                        .append(described.length() == 0 ? "" : "; ")
                        .append(p.getMeasure())
                        .append(' ')
                        .append(Numbers.text(p.getScore()))
                        .append(" on ")
                        .append(p.getAdministeredOn())
                        .append(" (aim ")
                        .append(Numbers.rounded(aim))
                        .append(')');
            }
            if (below == 4) {
                flags.add(
                        "PM_FOUR_BELOW",
                        "Four points below the aim line",
                        "the latest 4 goal points are all below the aim line: " + described);
            }
            if (above == 4) {
                flags.add(
                        "PM_FOUR_ABOVE",
                        "Four points above the aim line",
                        "the latest 4 goal points are all above the aim line: " + described);
            }
        }
        if (goalPoints.size() >= 8) {
            BigDecimal n = BigDecimal.valueOf(goalPoints.size());
            BigDecimal sx = BigDecimal.ZERO;
            BigDecimal sy = BigDecimal.ZERO;
            BigDecimal sxy = BigDecimal.ZERO;
            BigDecimal sxx = BigDecimal.ZERO;
            for (ProgressPoint p : goalPoints) {
                BigDecimal x =
                        BigDecimal.valueOf(ChronoUnit.DAYS.between(goal.getBaselineDate(), p.getAdministeredOn()));
                BigDecimal y = BigDecimal.valueOf(p.getScore());
                sx = sx.add(x);
                sy = sy.add(y);
                sxy = sxy.add(x.multiply(y));
                sxx = sxx.add(x.multiply(x));
            }
            BigDecimal num = n.multiply(sxy).subtract(sx.multiply(sy));
            BigDecimal den = n.multiply(sxx).subtract(sx.multiply(sx));
            boolean below = den.signum() == 0
                    ? BigDecimal.ZERO.compareTo(rise) < 0
                    : num.multiply(BigDecimal.valueOf(span)).compareTo(rise.multiply(den)) < 0;
            double perWeek = den.signum() == 0
                    ? 0
                    : num.multiply(BigDecimal.valueOf(7))
                            .divide(den, MathContext.DECIMAL64)
                            .doubleValue();
            String why = "trend " + Numbers.rounded(perWeek) + " per week over " + goalPoints.size()
                    + " goal points " + (below ? "<" : ">=") + " aim " + Numbers.rounded(rise.doubleValue() * 7 / span)
                    + " per week";
            if (below) {
                flags.add("PM_TREND_BELOW", "Trend below the aim line", why);
                return why;
            }
            flags.add("PM_TREND_AT_OR_ABOVE", "Trend at or above the aim line", why);
        }
        return null;
    }

    private static void cadence(
            LocalDate d, StudentFacts s, String domain, Decided tier, ProgressPoint latest, Flags flags) {
        if (tier == null || tier.tier < 2) {
            return;
        }
        int interval = tier.tier == 3 ? 7 : 14;
        if (latest != null && ChronoUnit.DAYS.between(latest.getAdministeredOn(), d) > 2L * interval) {
            flags.add(
                    "PM_OVERDUE",
                    "Progress monitoring is overdue",
                    "latest progress point "
                            + latest.getAdministeredOn() + " is "
                            + ChronoUnit.DAYS.between(latest.getAdministeredOn(), d)
                            + " days old, more than twice the " + interval + "-day interval of tier " + tier.tier);
        }
        if (latest == null) {
            s.screenings().stream()
                    .filter(x -> x.getDomain().equals(domain))
                    .max(Comparator.comparing(Screening::getAdministeredOn))
                    .filter(x -> ChronoUnit.DAYS.between(x.getAdministeredOn(), d) > 21)
                    .ifPresent(x -> flags.add(
                            "PM_NOT_STARTED",
                            "Progress monitoring has not started",
                            "tier "
                                    + tier.tier + " and no progress points "
                                    + ChronoUnit.DAYS.between(x.getAdministeredOn(), d)
                                    + " days after the latest screening (" + x.describe() + ")"));
        }
    }

    private static void evaluationClock(LocalDate d, StudentFacts s, String domain, Flags flags) {
        for (Referral r : s.referrals()) {
            if (!r.getDomain().equals(domain)
                    || r.getConsentDate().isAfter(d)
                    || (r.getEvaluationCompletedOn() != null
                            && !r.getEvaluationCompletedOn().isAfter(d))) {
                continue;
            }
            LocalDate due = r.getConsentDate().plusDays(60);
            long left = ChronoUnit.DAYS.between(d, due);
            if (left < 0) {
                flags.add(
                        "EVALUATION_OVERDUE",
                        "Evaluation overdue: more than 60 days since consent",
                        "consent " + r.getConsentDate() + ", evaluation due " + due + ", " + -left + " days overdue");
            } else if (left <= 10) {
                flags.add(
                        "EVALUATION_DUE_SOON",
                        "Evaluation due within 10 days",
                        "consent " + r.getConsentDate() + ", evaluation due " + due + ", " + left + " days left");
            }
        }
    }

    private static Flags deadlines(LocalDate d, StudentFacts s) {
        Flags flags = new Flags();
        for (SpecialEducationPlan p : s.plans()) {
            if (!counts(p, d)) {
                continue;
            }
            if (p.getKind().equals("IEP")) {
                deadline(
                        d,
                        "IEP annual review",
                        p.getAnnualReviewDate(),
                        30,
                        "IEP_REVIEW_OVERDUE",
                        "IEP_REVIEW_DUE_SOON",
                        flags);
                deadline(
                        d,
                        "IEP reevaluation",
                        p.getReevaluationDate(),
                        60,
                        "REEVALUATION_OVERDUE",
                        "REEVALUATION_DUE_SOON",
                        flags);
            } else {
                deadline(
                        d,
                        "504 annual review",
                        p.getAnnualReviewDate(),
                        30,
                        "PLAN504_REVIEW_OVERDUE",
                        "PLAN504_REVIEW_DUE_SOON",
                        flags);
            }
        }
        return flags;
    }

    private static void deadline(
            LocalDate d, String what, LocalDate date, int soon, String overdue, String dueSoon, Flags flags) {
        if (date == null) {
            return;
        }
        long days = ChronoUnit.DAYS.between(d, date);
        if (days < 0) {
            flags.add(overdue, "A plan date has passed", what + " " + date + " passed " + -days + " days ago");
        } else if (days <= soon) {
            flags.add(
                    dueSoon,
                    "A plan date is due soon",
                    what + " " + date + " is " + days + " days away (due soon within " + soon + ")");
        }
    }

    private static PlanRecommendation plan(
            LocalDate d, StudentFacts s, String domain, int tier, Goal goal, boolean iep) {
        Set<String> accommodations = new LinkedHashSet<>();
        s.plans().stream()
                .filter(p -> counts(p, d)
                        && p.getKind().equals("IEP")
                        && p.getDomains().contains(domain))
                .forEach(p -> accommodations.addAll(p.getAccommodations()));
        s.plans().stream()
                .filter(p -> counts(p, d) && p.getKind().equals("504"))
                .forEach(p -> accommodations.addAll(p.getAccommodations()));
        boolean three = tier == 3;
        int sessions = three ? 5 : 3;
        int minutes = three ? 45 : 30;
        int every = three ? 7 : 14;
        int reviewAfter = three ? 42 : 56;
        int level = s.student().getGradeLevel();
        LibraryEntry entry = LIBRARY.stream()
                .filter(e -> e.fits(domain, tier, level))
                .findFirst()
                .orElse(null);
        String measure = goal != null ? goal.getMeasure() : entry == null ? null : entry.measure;
        String explanation = "final tier " + tier + ": " + sessions + " sessions of " + minutes
                + " minutes a week, progress checked every " + every + " days, review after " + reviewAfter + " days";
        if (entry != null) {
            explanation += "; intervention by \"Choose the intervention from the library\"";
        }
        if (iep) {
            explanation += ". " + COORDINATION;
        }
        return new PlanRecommendation(
                domain,
                tier,
                entry == null ? null : entry.name,
                entry == null ? null : entry.description,
                sessions,
                minutes,
                measure,
                every,
                d.plusDays(reviewAfter),
                List.copyOf(accommodations),
                iep,
                "Recommend a plan at Tier 2 and above",
                explanation);
    }

    private static boolean counts(SpecialEducationPlan p, LocalDate d) {
        return !p.getStartDate().isAfter(d);
    }

    private static int schoolYear(LocalDate date) {
        return date.getMonthValue() >= 7 ? date.getYear() : date.getYear() - 1;
    }

    /** A tier with the rule that gave it and why. */
    private record Decided(int tier, String rule, String explanation) {}

    private record LibraryEntry(
            String domain, int tier, int fromLevel, int toLevel, String name, String description, String measure) {
        boolean fits(String d, int t, int level) {
            return domain.equals(d) && tier == t && level >= fromLevel && level <= toLevel;
        }
    }

    /** One domain's (or the student's) flags by code, in code order; the first of a code stays. */
    private static final class Flags {
        private final Map<String, FlagDecision> byCode = new TreeMap<>();

        void add(String code, String rule, String explanation) {
            byCode.putIfAbsent(code, new FlagDecision(code, rule, explanation));
        }

        boolean isEmpty() {
            return byCode.isEmpty();
        }

        List<FlagDecision> decisions() {
            return new ArrayList<>(byCode.values());
        }
    }
}
