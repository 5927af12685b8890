package com.tiered.it.pages;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** A student's page: decisions, intervention plans, goals and progress, and the chart. */
public final class StudentPage extends Page {
    private static final By CHART = By.cssSelector("#student\\:progress canvas");

    StudentPage(Site site) {
        super(site);
        waitForVisible(By.id("student-name"));
    }

    /** Waits until the progress chart is drawn (a student with progress points). */
    public StudentPage withChart() {
        waitForVisible(CHART);
        return this;
    }

    /** The student's id, from the page's address. */
    public String id() {
        return driver().getCurrentUrl().replaceAll(".*id=", "");
    }

    public String name() {
        return textOf("student-name");
    }

    /** Grade, school and id, under the name. */
    public String facts() {
        return find(By.cssSelector(".facts")).getText();
    }

    public String decisions() {
        return textOf("student:decisions");
    }

    public String plans() {
        return textOf("student:intervention-plans");
    }

    public String progress() {
        return textOf("student:progress");
    }

    /** The domain of the first chart ("READING" of "READING — ORF"). */
    public String firstChartDomain() {
        String title = find(By.cssSelector("h3.chart-title")).getText();
        return title.substring(0, title.indexOf(" — "));
    }

    /** The labels of every data set the charts draw, once they are drawn. */
    public List<?> chartLabels() {
        return browser.wait.until(d -> {
            Object drawn = ((JavascriptExecutor) d)
                    .executeScript("return Object.values(PrimeFaces.widgets).filter(w => w && w.chart)"
                            + ".flatMap(w => w.chart.data.datasets.map(set => set.label));");
            return drawn instanceof List<?> list && !list.isEmpty() ? list : null;
        });
    }

    public void acceptTheRecommendedPlan() {
        find(By.xpath("//button[contains(., 'Accept as a draft plan')]")).click();
    }

    /** Starts the (only) draft plan shown. */
    public void startThePlan() {
        find(By.xpath("//button[contains(., 'Start the plan')]")).click();
    }

    /** Writes a plan in the domain with the form's fields as typed, and saves it as a draft. */
    public void writePlan(String domain, NewPlan plan) {
        find(By.xpath("//button[contains(., 'Write a " + domain + " plan')]")).click();
        waitForVisible(By.id("student:f-intervention"));
        browser.ajaxDone();
        find(By.id("student:f-intervention")).sendKeys(plan.intervention());
        find(By.id("student:f-interventionist")).sendKeys(plan.interventionist());
        WebElement measure = find(By.id("student:f-measure"));
        measure.clear();
        measure.sendKeys(plan.measure());
        find(By.id("student:f-sessions_input")).sendKeys(plan.sessionsPerWeek());
        find(By.id("student:f-minutes_input")).sendKeys(plan.minutesPerSession());
        find(By.id("student:f-interval_input")).sendKeys(plan.monitoringDays());
        find(By.id("student:f-accommodations")).sendKeys(plan.accommodations());
        find(By.id("student:f-review_input")).sendKeys(plan.reviewOn().toString());
        find(By.id("student:save-plan")).click();
    }

    /** What is typed into the plan form; numbers as typed. */
    public record NewPlan(
            String intervention,
            String interventionist,
            String measure,
            String sessionsPerWeek,
            String minutesPerSession,
            String monitoringDays,
            String accommodations,
            LocalDate reviewOn) {}

    /** Starts the plan whose heading contains {@code heading}. */
    public void startPlanHeaded(String heading) {
        find(By.xpath(plan(heading) + "]//button[contains(., 'Start the plan')]"))
                .click();
    }

    /** Closes the active plan whose heading contains {@code heading}, with a reason and a note. */
    public void closeActivePlanHeaded(String heading, String reason, String note) {
        WebElement active = find(By.xpath(plan(heading) + " and .//span[contains(@class, 'status-ACTIVE')]]"));
        String menu = active.findElement(By.cssSelector(".ui-selectonemenu")).getAttribute("id");
        choose(menu, reason::equals);
        active.findElement(By.cssSelector("input[id$=':note']")).sendKeys(note);
        active.findElement(By.xpath(".//button[contains(., 'Close the plan')]")).click();
    }

    private static String plan(String heading) {
        return "//section[contains(@class, 'plan')][.//h4[contains(., '" + heading + "')]";
    }

    /** Enters one progress point, dated today, in the form under the chart. */
    public void enterPoint(String measure, String score) {
        find(By.id("student:pt-measure")).sendKeys(measure);
        find(By.id("student:pt-score_input")).sendKeys(score);
        find(By.id("student:save-point")).click();
    }

    /** Asks the goal assistant for a goal by the date; answers its proposal as shown. */
    public String proposeGoal(String measure, LocalDate by) {
        find(By.id("student:g-measure")).sendKeys(measure);
        find(By.id("student:g-date_input")).sendKeys(by.toString());
        find(By.id("student:propose-goal")).click();
        waitForVisible(By.id("student:save-goal"));
        return textOf("student:goal-assistant");
    }

    public void saveTheProposedGoal() {
        find(By.id("student:save-goal")).click();
    }

    public void scrollToPlans() {
        scrollTo("student:intervention-plans");
    }

    public void scrollToProgress() {
        scrollTo("student:progress");
    }

    public void scrollToGoalAssistant() {
        scrollTo("student:goal-assistant");
    }
}
