package com.tiered.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A made-up district of any size in the contract's files, as a district's systems would send it: a OneRoster 1.1
 * bulk bundle (40 schools, the students and a teacher per 25 of them), this school year's and last spring's
 * screening in reading and math (percentiles about 80/15/5 into the usual tiers, one result in ten missing), and for
 * every low screener a goal and weekly progress points since the fall window. The same files every time for the same
 * size and day.
 */
public final class GeneratedDistrict {
    static final int SCHOOLS = 40;
    private static final String[] GRADES = {"KG", "01", "02", "03", "04", "05", "06", "07", "08"};

    /** The files, and the students of the progress series (who a progress-point client posts for). */
    public record Files(Path oneRoster, Path screening, Path goals, Path progress, List<String> monitored) {}

    private GeneratedDistrict() {}

    public static String studentId(int s) {
        return String.format("h-%06d", s);
    }

    /** Writes the district's files into {@code dir}. */
    public static Files write(Path dir, int students, LocalDate today) {
        try {
            Path zip = dir.resolve("oneroster.zip");
            oneRoster(zip, students);
            Random random = new Random(11);
            LocalDate yearStart =
                    LocalDate.of(today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1, 7, 1);
            LocalDate spring = LocalDate.of(yearStart.getYear(), 5, 4);
            LocalDate fall = LocalDate.of(yearStart.getYear(), 9, 15);
            LocalDate firstPoint = fall.plusDays(14);
            List<String> monitored = new ArrayList<>();
            Path screening = dir.resolve("screening.csv");
            Path goals = dir.resolve("goals.csv");
            Path progress = dir.resolve("progress.csv");
            try (Writer sc = writer(screening);
                    Writer go = writer(goals);
                    Writer pp = writer(progress)) {
                sc.write("student_sourced_id,domain,measure,window,administered_on,score,percentile\n");
                go.write("student_sourced_id,domain,measure,baseline_score,baseline_date,goal_score,goal_date\n");
                pp.write("student_sourced_id,domain,measure,administered_on,score\n");
                for (int s = 0; s < students; s++) {
                    String id = studentId(s);
                    for (String domain : new String[] {"READING", "MATH"}) {
                        int level = latentPercentile(random);
                        String measure = "STAR_" + domain;
                        String[][] windows = {{"SPRING", spring.toString()}, {"FALL", fall.toString()}};
                        for (String[] window : windows) {
                            if (random.nextInt(10) == 0) {
                                continue;
                            }
                            int p = Math.max(1, Math.min(99, level + random.nextInt(11) - 5));
                            sc.write(id + "," + domain + "," + measure + "," + window[0] + "," + window[1] + ","
                                    + (300 + p * 6 + random.nextInt(40)) + "," + p + "\n");
                        }
                        if (level < 25 && firstPoint.isBefore(today)) {
                            monitored.add(id);
                            String pm = domain.equals("MATH") ? "MCOMP" : "ORF";
                            int baseline = 20 + random.nextInt(30);
                            go.write(id + "," + domain + "," + pm + "," + baseline + "," + firstPoint + ","
                                    + (baseline + 40) + "," + LocalDate.of(yearStart.getYear() + 1, 5, 29) + "\n");
                            double growth = 0.5 + random.nextDouble() * 2;
                            int week = 0;
                            for (LocalDate d = firstPoint; d.isBefore(today); d = d.plusDays(7), week++) {
                                pp.write(id + "," + domain + "," + pm + "," + d + ","
                                        + Math.round(baseline + growth * week + random.nextGaussian() * 2.5) + "\n");
                            }
                        }
                    }
                }
            }
            return new Files(zip, screening, goals, progress, monitored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Writer writer(Path file) throws IOException {
        return java.nio.file.Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    /** About 5 % very low, 15 % low, 80 % typical, as universal screening tends to find. */
    private static int latentPercentile(Random random) {
        double r = random.nextDouble();
        if (r < 0.05) {
            return 2 + random.nextInt(7);
        }
        if (r < 0.20) {
            return 11 + random.nextInt(13);
        }
        return 26 + random.nextInt(73);
    }

    private static void oneRoster(Path zip, int students) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(java.nio.file.Files.newOutputStream(zip));
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            entry(out, w, "manifest.csv");
            w.write("propertyName,value\nmanifest.version,1.0\noneroster.version,1.1\nfile.academicSessions,absent\n"
                    + "file.categories,absent\nfile.classes,absent\nfile.classResources,absent\nfile.courses,absent\n"
                    + "file.courseResources,absent\nfile.demographics,absent\nfile.enrollments,absent\n"
                    + "file.lineItems,absent\nfile.orgs,bulk\nfile.resources,absent\nfile.results,absent\n"
                    + "file.users,bulk\nsource.systemName,GeneratedDistrict\n");
            entry(out, w, "orgs.csv");
            w.write("sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n");
            w.write("hd-1,active,2026-08-01T00:00:00Z,Benchmark District,district,HD1,\n");
            for (int i = 0; i < SCHOOLS; i++) {
                w.write(school(i) + ",active,2026-08-01T00:00:00Z,Benchmark School " + i + ",school,HS" + i
                        + ",hd-1\n");
            }
            entry(out, w, "users.csv");
            w.write("sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,"
                    + "familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password\n");
            for (int s = 0; s < students; s++) {
                String id = studentId(s);
                w.write(id + ",active,2026-08-01T00:00:00Z,true," + school(s % SCHOOLS) + ",student," + id + ",,Given"
                        + s + ",Family" + (s % 997) + ",,," + id + "@example.org,,,," + GRADES[s % GRADES.length]
                        + ",\n");
                if (s % 25 == 0) {
                    w.write("ht-" + s + ",active,2026-08-01T00:00:00Z,true," + school(s % SCHOOLS) + ",teacher,ht-" + s
                            + ",,Teacher,T" + s + ",,,,,,,,\n");
                }
            }
            w.flush();
            out.closeEntry();
        }
    }

    private static void entry(ZipOutputStream out, BufferedWriter w, String name) throws IOException {
        w.flush();
        if (!name.equals("manifest.csv")) {
            out.closeEntry();
        }
        out.putNextEntry(new ZipEntry(name));
    }

    private static String school(int i) {
        return String.format("hs-%02d", i);
    }
}
