package com.tiered.caseload.web;

import com.tiered.caseload.application.SchoolOverviewService;
import com.tiered.caseload.application.SchoolOverviewService.SchoolNotInScope;
import com.tiered.caseload.domain.CaseloadBoard.Choice;
import com.tiered.caseload.domain.SchoolOverview;
import com.tiered.caseload.domain.SchoolOverview.TierCount;
import com.tiered.shared.web.ScriptJson;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The principal's school page: tier distribution per domain beside the 80/15/5 guide, flag counts, students at Tier
 * 2/3 without monitoring, overdue reviews, caseloads and time in tier. Every number links to the students behind it.
 */
@Named
@ViewScoped
public class SchoolView implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The usual MTSS guide: about 80% of students at Tier 1, 15% at Tier 2, 5% at Tier 3. */
    private static final int[] GUIDE = {80, 15, 5};

    @Inject
    private transient SchoolOverviewService service;

    private Long school;
    private SchoolOverview overview;
    private List<Choice> schools;

    /** The page's viewAction: the chosen school, or the user's first; 403 for a school outside their scope. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        schools = service.schools();
        if (school == null && !schools.isEmpty()) {
            school = Long.valueOf(schools.get(0).value());
        }
        try {
            overview = school == null ? null : service.overview(school).orElse(null);
        } catch (SchoolNotInScope e) {
            faces.getExternalContext().responseSendError(403, e.getMessage());
            faces.responseComplete();
            return;
        }
        if (school != null && overview == null) {
            faces.getExternalContext().responseSendError(404, "No school " + school);
            faces.responseComplete();
        }
    }

    public List<String> getDomains() {
        TreeSet<String> domains = new TreeSet<>();
        overview.tiers().forEach(t -> domains.add(t.domain()));
        return List.copyOf(domains);
    }

    public int count(String domain, int tier) {
        return overview.tiers().stream()
                .filter(t -> t.domain().equals(domain) && t.tier() == tier)
                .mapToInt(TierCount::students)
                .sum();
    }

    public String percent(String domain, int tier) {
        return String.format(Locale.ROOT, "%.0f%%", share(domain, tier));
    }

    private double share(String domain, int tier) {
        int all = overview.tiers().stream()
                .filter(t -> t.domain().equals(domain))
                .mapToInt(TierCount::students)
                .sum();
        return all == 0 ? 0 : 100.0 * count(domain, tier) / all;
    }

    public String weeks(double weeks) {
        return String.format(Locale.ROOT, "%.1f", weeks);
    }

    /**
     * A grouped bar chart (Chart.js): the share of students at each tier per domain, and the guide; escaped for the
     * script element it goes in.
     */
    public String getTierChart() {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        String[] colours = {"#1d4e89", "#c26d00", "#2a7f62", "#7b1fa2"};
        int i = 0;
        for (String domain : getDomains()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (int tier = 1; tier <= 3; tier++) {
                data.add(Math.round(share(domain, tier) * 10) / 10.0);
            }
            datasets.add(Json.createObjectBuilder()
                    .add("label", domain)
                    .add("data", data)
                    .add("backgroundColor", colours[i++ % colours.length]));
        }
        datasets.add(Json.createObjectBuilder()
                .add("label", "Guide (80/15/5)")
                .add(
                        "data",
                        Json.createArrayBuilder().add(GUIDE[0]).add(GUIDE[1]).add(GUIDE[2]))
                .add("backgroundColor", "#cbd2d9"));
        return ScriptJson.of(Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add(
                                        "labels",
                                        Json.createArrayBuilder()
                                                .add("Tier 1")
                                                .add("Tier 2")
                                                .add("Tier 3"))
                                .add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add(
                                                                        "title",
                                                                        Json.createObjectBuilder()
                                                                                .add("display", true)
                                                                                .add(
                                                                                        "text",
                                                                                        "% of students with a tier in the domain")))))
                .build());
    }

    public Long getSchool() {
        return school;
    }

    public void setSchool(Long school) {
        this.school = school;
    }

    public SchoolOverview getOverview() {
        return overview;
    }

    public List<Choice> getSchools() {
        return schools;
    }
}
