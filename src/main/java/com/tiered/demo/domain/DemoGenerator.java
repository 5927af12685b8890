package com.tiered.demo.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes up a plausible district, the same every time for the same seed and day: universal screening whose
 * national percentiles fall roughly 80/15/5 into the usual tiers, weekly or biweekly progress monitoring with goals
 * for the students who screened low, and some IEPs, 504 plans and referrals. The numbers describe the made-up
 * population, not policy: the rules in rules/ decide what they mean.
 */
public final class DemoGenerator {
    private static final String[] GIVEN = {
        "Ava",
        "Liam",
        "Sofía",
        "Noah",
        "Amara",
        "Mateo",
        "Chloé",
        "Yusuf",
        "Mia",
        "Kenji",
        "Zoë",
        "Diego",
        "Aaliyah",
        "Oliver",
        "Priya",
        "Lucas",
        "Ngozi",
        "Elena",
        "Finn",
        "Hana",
        "Isaac",
        "Leilani",
        "Omar",
        "Ruby",
        "Santiago",
        "Tamar",
        "Wei",
        "Yara",
        "Björn",
        "Maëlle"
    };
    private static final String[] FAMILY = {
        "García",
        "Nguyen",
        "Smith",
        "Okafor",
        "Kowalski",
        "Rossi",
        "Haddad",
        "Johnson",
        "Tanaka",
        "O'Neil",
        "Müller",
        "Silva",
        "Kim",
        "Patel",
        "Brown",
        "Lopez",
        "Cohen",
        "Dubois",
        "Ivanova",
        "Mensah",
        "Walker",
        "Andersson",
        "Chen",
        "Ali",
        "Martin"
    };
    private static final String[] ACCOMMODATIONS = {
        "Extended time",
        "Breaks",
        "Read aloud",
        "Small group",
        "Preferential seating",
        "Calculator",
        "Graphic organizers",
        "Speech-to-text"
    };

    private static final int SCORE_NOISE = 40;

    private final Random random;
    private final LocalDate today;

    public DemoGenerator(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    public DemoData generate() {
        DemoData data = new DemoData();
        data.schools.add(new DemoData.SchoolRow("demo-maple", "Maple Grove Elementary"));
        data.schools.add(new DemoData.SchoolRow("demo-cedar", "Cedar Ridge Middle School"));
        String[] grades = {"KG", "01", "02", "03", "04", "05", "06", "07", "08"};
        int n = 0;
        for (int g = 0; g < grades.length; g++) {
            int count = 62 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                n++;
                String id = String.format("demo-%04d", n);
                String school = g <= 4 ? "demo-maple" : "demo-cedar";
                data.students.add(new DemoData.StudentRow(
                        id,
                        GIVEN[random.nextInt(GIVEN.length)],
                        FAMILY[random.nextInt(FAMILY.length)],
                        grades[g],
                        school,
                        random.nextDouble() < 0.12));
                student(data, id, g);
            }
        }
        return data;
    }

    private void student(DemoData data, String id, int gradeLevel) {
        for (String domain : List.of("READING", "MATH")) {
            int level = latentPercentile();
            List<LocalDate> windows = screeningDates();
            String measure = domain.equals("READING") ? "STAR_READING" : "STAR_MATH";
            String[] names = {"FALL", "WINTER", "SPRING", "FALL", "WINTER", "SPRING"};
            for (int w = 0; w < windows.size(); w++) {
                int percentile = clamp(level + random.nextInt(11) - 5, 1, 99);
                double score = scaledScore(percentile);
                data.screenings.add(
                        new DemoData.ScreeningRow(id, domain, measure, names[w], windows.get(w), score, percentile));
            }
            if (level < 25 && gradeLevel >= 1) {
                progress(data, id, domain, gradeLevel, level < 10, windows.get(windows.size() - 1));
            }
        }
        specialEducation(data, id);
    }

    /** Low screeners get an aim line and weekly (most intensive) or biweekly points since shortly after screening. */
    private void progress(
            DemoData data, String id, String domain, int gradeLevel, boolean intensive, LocalDate screened) {
        String measure = domain.equals("MATH") ? "MCOMP" : gradeLevel >= 6 ? "MAZE" : "ORF";
        int every = intensive ? 7 : 14;
        LocalDate first = screened.plusDays(10).with(DayOfWeek.TUESDAY);
        if (!first.isBefore(today)) {
            return;
        }
        double baseline = 10 + gradeLevel * 8 + random.nextInt(10);
        double weeklyAim = 1.0 + random.nextInt(3) * 0.5;
        double weeklyGrowth = weeklyAim * (0.4 + random.nextDouble() * 1.2);
        LocalDate goalDate = LocalDate.of(schoolYearStart(today).getYear() + 1, 5, 31);
        double weeks = ChronoUnit.DAYS.between(first, goalDate) / 7.0;
        data.goals.add(new DemoData.GoalRow(
                id, domain, measure, baseline, first, Math.round(baseline + weeklyAim * weeks), goalDate));
        LocalDate stopAt = random.nextDouble() < 0.12 ? today.minusDays(20 + random.nextInt(20)) : today;
        for (LocalDate d = first; !d.isAfter(stopAt); d = d.plusDays(every)) {
            double weeksIn = ChronoUnit.DAYS.between(first, d) / 7.0;
            double score = baseline + weeklyGrowth * weeksIn + random.nextGaussian() * 2.5;
            data.progress.add(new DemoData.ProgressRow(id, domain, measure, d, Math.max(0, Math.round(score))));
        }
    }

    private void specialEducation(DemoData data, String id) {
        double r = random.nextDouble();
        if (r < 0.05) {
            LocalDate start = today.minusDays(30 + random.nextInt(330));
            LocalDate review = start.plusYears(1);
            List<String> domains = random.nextBoolean() ? List.of("READING") : List.of("READING", "MATH");
            data.plans.add(new DemoData.PlanRow(id, "IEP", domains, start, review, start.plusYears(3), pick(2)));
        } else if (r < 0.08) {
            LocalDate start = today.minusDays(30 + random.nextInt(330));
            data.plans.add(new DemoData.PlanRow(id, "504", List.of(), start, start.plusYears(1), null, pick(1)));
        } else if (r < 0.09) {
            data.referrals.add(new DemoData.ReferralRow(
                    id, random.nextBoolean() ? "READING" : "MATH", today.minusDays(10 + random.nextInt(60)), null));
        }
    }

    private List<String> pick(int count) {
        List<String> picked = new ArrayList<>();
        while (picked.size() < count) {
            String a = ACCOMMODATIONS[random.nextInt(ACCOMMODATIONS.length)];
            if (!picked.contains(a)) {
                picked.add(a);
            }
        }
        return picked;
    }

    /** A made-up scaled score that rises with the national rank, with some noise. */
    private double scaledScore(int nationalRank) {
        int noise = random.nextInt(SCORE_NOISE);
        return 300 + nationalRank * 6 + noise;
    }

    /** Last school year's three windows and this year's that have happened. */
    private List<LocalDate> screeningDates() {
        LocalDate thisYear = schoolYearStart(today);
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate year : List.of(thisYear.minusYears(1), thisYear)) {
            for (LocalDate window : List.of(
                    LocalDate.of(year.getYear(), 9, 15),
                    LocalDate.of(year.getYear() + 1, 1, 15),
                    LocalDate.of(year.getYear() + 1, 5, 1))) {
                LocalDate on = window.plusDays(random.nextInt(5));
                if (!on.isAfter(today.minusDays(3))) {
                    dates.add(on);
                }
            }
        }
        return dates;
    }

    private static LocalDate schoolYearStart(LocalDate date) {
        return LocalDate.of(date.getMonthValue() >= 7 ? date.getYear() : date.getYear() - 1, 7, 1);
    }

    /** A national percentile drawn so that about 5% are very low, 15% low and 80% typical. */
    private int latentPercentile() {
        double r = random.nextDouble();
        if (r < 0.05) {
            return 2 + random.nextInt(7);
        }
        if (r < 0.20) {
            return 11 + random.nextInt(13);
        }
        return 26 + random.nextInt(73);
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }
}
