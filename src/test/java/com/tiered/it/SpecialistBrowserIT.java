package com.tiered.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.it.pages.HomePage;
import com.tiered.it.pages.ProgressGridPage;
import com.tiered.it.pages.Site;
import com.tiered.it.pages.StudentPage;
import com.tiered.it.pages.StudentsPage;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A specialist in a real browser signs in, opens the student list of the demo district and a student. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SpecialistBrowserIT {
    @ArquillianResource
    private URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @Test
    void aSpecialistSignsInOpensTheStudentListAndAStudent() {
        Http http = new Http(deployed);
        try (Browser browser = new Browser()) {
            Site site = new Site(browser, http.url("/"));
            site.openSignedOut("/students.xhtml").screenshot("01-login");
            HomePage home = site.signInAs("specialist");
            assertEquals("Sam Rivera", home.signedInUser());
            home.screenshot("02-home");

            StudentsPage students = site.students("");
            String range = students.rangeShown();
            assertTrue(range.matches("1–25 of \\d+"), range);
            students.screenshot("03-students");

            String name = students.firstStudentName();
            StudentPage student = students.openFirstStudent();
            assertEquals(name, student.name());
            assertTrue(student.source().contains("Maple Grove Elementary"), "the specialist's school");
            student.screenshot("04-student");

            StudentsPage caseload = site.students("");
            caseload.showMyCaseloadOnly();
            StudentPage onCaseload = caseload.openFirstStudent().withChart();
            assertTrue(onCaseload.progress().contains("goal"), "a student on the caseload has a goal and its chart");
            onCaseload.scrollToProgress();
            onCaseload.screenshot("05-caseload-student-chart");
            Hostile.policyRefusedNothing(browser, "the student list and student pages");
        }
    }

    @Test
    void aSpecialistWorksTheCaseloadAcceptsAndStartsAPlanEntersProgressAndSetsAGoal() {
        Http http = new Http(deployed);
        String today = LocalDate.now().toString();
        try (Browser browser = new Browser()) {
            Site site = new Site(browser, http.url("/"));
            site.signInAs("specialist");
            StudentsPage caseload = site.students("mine=true");
            String firstRow = caseload.firstRow();
            assertTrue(
                    firstRow.matches("(?s).*(Monitoring overdue|Monitoring not started|4 points below aim"
                            + "|Trend below aim).*"),
                    "who needs attention comes first: " + firstRow);
            caseload.screenshot("06-caseload-needs-attention");
            caseload.showOnlyFlag("Trend below aim");
            caseload.screenshot("07-caseload-flag-filter");

            StudentPage student = caseload.openFirstStudent();
            student.acceptTheRecommendedPlan();
            student.said("A draft");
            student.startThePlan();
            student.said("The plan is active from today");
            String plans = student.plans();
            assertTrue(plans.contains("ACTIVE") && plans.contains("Started on " + today), plans);
            assertTrue(plans.contains("Accepted the recommended plan"), "the history keeps where it came from");
            assertTrue(student.source().contains("Started "), "the chart marks where the plan began");
            student.scrollToPlans();
            student.screenshot("08-plan-started");

            student.enterPoint("MCOMP", "12");
            student.said("The point was saved and the decisions refreshed");
            assertTrue(student.progress().contains(today));

            String proposal = student.proposeGoal("MCOMP", LocalDate.now().plusWeeks(20));
            assertTrue(proposal.contains("Baseline") && proposal.contains("a week"), proposal);
            student.scrollToGoalAssistant();
            student.screenshot("09-goal-assistant");
            student.saveTheProposedGoal();
            student.said("The goal was set");

            ProgressGridPage grid = student.openProgressEntry();
            grid.showMeasure("MCOMP");
            grid.typeFirstScore("15");
            grid.screenshot("10-progress-grid");
            grid.save();
            grid.said("1 point saved; 1 student re-evaluated.");
            Hostile.policyRefusedNothing(browser, "the caseload, the plans, the goal assistant and progress entry");
        }
    }

    /**
     * The attack of issue #13: a specialist writes a plan whose intervention ends the chart's script and starts one,
     * starts it (the chart labels the day "Started …") and closes it with a note; the principal opens the student.
     * Every field shows as text, the chart carries the text as its label, and the page's policy blocks inline script
     * without its nonce.
     */
    @Test
    void textTypedIntoAPlanStaysTextOnThePrincipalsStudentPageAndInItsChart() {
        Http http = new Http(deployed);
        String today = LocalDate.now().toString();
        String student;
        try (Browser browser = new Browser()) {
            Site site = new Site(browser, http.url("/"));
            site.signInAs("specialist");
            StudentPage page = site.students("mine=true&flag=PM_TREND_BELOW")
                    .openFirstStudent()
                    .withChart();
            student = page.id();
            page.writePlan(
                    page.firstChartDomain(),
                    new StudentPage.NewPlan(
                            Hostile.SCRIPT,
                            Hostile.IMG,
                            Hostile.URL,
                            "3",
                            "30",
                            "7",
                            "\n" + Hostile.SCRIPT + "\n" + Hostile.IMG,
                            LocalDate.now().plusWeeks(8)));
            page.said("saved as a draft");
            Hostile.nothingRan(browser, "the specialist's student page with the draft");

            page.startPlanHeaded("window.__xss");
            page.said("The plan is active from today");
            page.closeActivePlanHeaded("window.__xss", "Goal met", Hostile.IMG);
            page.said("The plan was closed");
            Hostile.nothingRan(browser, "the specialist's student page after the plan started and closed");
        }

        try (Browser browser = new Browser()) {
            Site site = new Site(browser, http.url("/"));
            site.signInAs("principal");
            StudentPage page = site.student(student).withChart();
            Hostile.nothingRan(browser, "the principal's student page");
            String plans = page.plans();
            for (String text : new String[] {Hostile.SCRIPT, Hostile.IMG, Hostile.URL, "Goal met — " + Hostile.IMG}) {
                assertTrue(plans.contains(text), "shown as text: " + text + " in " + plans);
            }
            List<?> labels = page.chartLabels();
            assertTrue(
                    labels.contains("Started " + Hostile.SCRIPT + " (" + today + ")")
                            && labels.contains("Ended " + Hostile.SCRIPT + " (" + today + ")"),
                    "the chart labels the plan's days with the text as it was typed: " + labels);
            Hostile.scriptWithoutTheNonceIsBlocked(browser, "the student page");
            page.screenshot("16-hostile-plan-as-text");
        }

        String html = http.get("/student.xhtml?id=" + student, "principal").body();
        assertFalse(html.contains(Hostile.SCRIPT), "the page's HTML never carries the text as markup");
        assertTrue(
                html.contains("\\u003c/script\\u003e\\u003cscript\\u003ewindow.__xss=1"),
                "in the chart's script the text is escaped for a script");
    }
}
