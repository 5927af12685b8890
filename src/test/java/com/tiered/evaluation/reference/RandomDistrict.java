package com.tiered.evaluation.reference;

import com.tiered.evaluation.domain.StudentFacts;
import com.tiered.evaluation.domain.fact.Goal;
import com.tiered.evaluation.domain.fact.ProgressPoint;
import com.tiered.evaluation.domain.fact.Referral;
import com.tiered.evaluation.domain.fact.Screening;
import com.tiered.evaluation.domain.fact.SpecialEducationPlan;
import com.tiered.evaluation.domain.fact.Student;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random students whose data crowds the spec's boundaries: percentiles near the cuts, ORF scores near the cut
 * scores, aim lines hit exactly, dates a day either side of every deadline. Data after the as-of date is left out,
 * as the fact source does.
 */
public final class RandomDistrict {
    private static final String[] GRADES = {"KG", "01", "02", "03", "04", "05", "06", "07", "08", "PK"};
    private static final String[] WINDOWS = {"FALL", "WINTER", "SPRING"};
    private static final String[] DOMAINS = {"READING", "MATH", "WRITING"};

    private final Random random;
    private final LocalDate asOf;

    public RandomDistrict(long seed, LocalDate asOf) {
        this.random = new Random(seed);
        this.asOf = asOf;
    }

    public List<StudentFacts> students(int count) {
        List<StudentFacts> students = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            students.add(student("S" + i));
        }
        return students;
    }

    private StudentFacts student(String id) {
        Student student = new Student(id, GRADES[random.nextInt(GRADES.length)], "X", random.nextInt(5) == 0);
        List<Screening> screenings = new ArrayList<>();
        List<ProgressPoint> progress = new ArrayList<>();
        List<Goal> goals = new ArrayList<>();
        List<SpecialEducationPlan> plans = new ArrayList<>();
        List<Referral> referrals = new ArrayList<>();
        for (String domain : DOMAINS) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            int results = random.nextInt(4);
            for (int r = 0; r < results; r++) {
                LocalDate on = asOf.minusDays(random.nextInt(420));
                String window = WINDOWS[random.nextInt(3)];
                boolean orf = random.nextInt(3) == 0;
                Integer percentile = orf && random.nextBoolean() ? null : near(new int[] {10, 25, 40}, 1, 99);
                double score = orf
                        ? near(new int[] {15, 20, 25, 35, 40, 50, 55, 60, 65, 75, 80, 90}, 0, 150)
                        : 300 + random.nextInt(400);
                screenings.add(
                        new Screening(id, domain, orf ? "ORF" : "STAR_" + domain, window, on, score, percentile));
            }
            if (random.nextBoolean()) {
                LocalDate baseline = asOf.minusDays(20 + random.nextInt(150));
                int every = random.nextBoolean() ? 7 : 14;
                double base = 10 + random.nextInt(30);
                int weeks = 10 + random.nextInt(20);
                double perWeek = random.nextInt(4);
                LocalDate goalDate = baseline.plusWeeks(weeks);
                boolean hasGoal = random.nextInt(5) != 0;
                String measure = random.nextInt(6) == 0 ? "OTHER" : "ORF";
                if (hasGoal) {
                    goals.add(new Goal(id, domain, "ORF", base, baseline, base + perWeek * weeks, goalDate));
                }
                int n = random.nextInt(14);
                LocalDate first = baseline.minusDays(random.nextInt(3) == 0 ? 7 : 0);
                for (int k = 0; k < n; k++) {
                    LocalDate on = first.plusDays((long) k * every);
                    double aim = base + perWeek * k * every / 7.0;
                    double score = random.nextInt(3) == 0 ? Math.round(aim) : aim + random.nextInt(7) - 3;
                    if (!on.isAfter(asOf)) {
                        progress.add(new ProgressPoint(id, domain, measure, on, score));
                    }
                }
            }
            if (random.nextInt(8) == 0) {
                LocalDate consent = asOf.minusDays(45 + random.nextInt(30));
                LocalDate completed = random.nextInt(3) == 0 ? consent.plusDays(random.nextInt(90)) : null;
                referrals.add(new Referral(id, domain, consent, completed));
            }
        }
        if (random.nextInt(6) == 0) {
            LocalDate start = asOf.minusDays(random.nextInt(400) - 20);
            plans.add(new SpecialEducationPlan(
                    id,
                    "IEP",
                    Set.of(DOMAINS[random.nextInt(3)]),
                    start,
                    asOf.plusDays(random.nextInt(70) - 35),
                    random.nextBoolean() ? asOf.plusDays(random.nextInt(130) - 65) : null,
                    List.of("Extended time", "Breaks")));
        }
        if (random.nextInt(8) == 0) {
            LocalDate start = asOf.minusDays(random.nextInt(400) - 20);
            plans.add(new SpecialEducationPlan(
                    id,
                    "504",
                    Set.of(),
                    start,
                    asOf.plusDays(random.nextInt(70) - 35),
                    null,
                    List.of("Breaks", "Preferential seating")));
        }
        return new StudentFacts(
                student,
                screenings.stream()
                        .filter(s -> !s.getAdministeredOn().isAfter(asOf))
                        .toList(),
                progress,
                goals,
                plans,
                referrals);
    }

    /** A value at, just under or just over one of the cuts. */
    private int near(int[] cuts, int low, int high) {
        if (random.nextInt(4) == 0) {
            return low + random.nextInt(high - low + 1);
        }
        int v = cuts[random.nextInt(cuts.length)] + random.nextInt(3) - 1;
        return Math.max(low, Math.min(high, v));
    }
}
