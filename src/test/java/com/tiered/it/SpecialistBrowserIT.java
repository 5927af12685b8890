package com.tiered.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

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
            browser.driver.get(http.url("/students.xhtml"));
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
            browser.screenshot("01-login");
            browser.signIn(http.url("/login.xhtml"), "specialist");
            assertEquals(
                    "Sam Rivera",
                    browser.driver.findElement(By.id("signed-in-user")).getText());
            browser.screenshot("02-home");

            browser.driver.get(http.url("/students.xhtml"));
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.student-link")));
            String report = browser.driver
                    .findElement(By.cssSelector(".ui-paginator-current"))
                    .getText();
            assertTrue(report.matches("1–25 of \\d+"), report);
            browser.screenshot("03-students");

            WebElement first = browser.driver.findElement(By.cssSelector("a.student-link"));
            String name = first.getText();
            first.click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("student-name")));
            assertEquals(name, browser.driver.findElement(By.id("student-name")).getText());
            assertTrue(browser.driver.getPageSource().contains("Maple Grove Elementary"), "the specialist's school");
            browser.screenshot("04-student");

            browser.driver.get(http.url("/students.xhtml"));
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.student-link")));
            String all = browser.driver
                    .findElement(By.cssSelector(".ui-paginator-current"))
                    .getText();
            browser.driver
                    .findElement(By.cssSelector("#list\\:caseload .ui-chkbox-box"))
                    .click();
            browser.ajaxDone();
            browser.wait.until(d -> !d.findElement(By.cssSelector(".ui-paginator-current"))
                    .getText()
                    .equals(all));
            browser.driver.findElement(By.cssSelector("a.student-link")).click();
            browser.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#student\\:progress canvas")));
            assertTrue(
                    browser.driver
                            .findElement(By.id("student:progress"))
                            .getText()
                            .contains("goal"),
                    "a student on the caseload has a goal and its chart");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("document.getElementById('student:progress').scrollIntoView();");
            browser.screenshot("05-caseload-student-chart");
            Hostile.policyRefusedNothing(browser, "the student list and student pages");
        }
    }

    @Test
    void aSpecialistWorksTheCaseloadAcceptsAndStartsAPlanEntersProgressAndSetsAGoal() {
        Http http = new Http(deployed);
        String today = java.time.LocalDate.now().toString();
        try (Browser browser = new Browser()) {
            browser.signIn(http.url("/login.xhtml"), "specialist");
            browser.driver.get(http.url("/students.xhtml?mine=true"));
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.student-link")));
            WebElement firstRow = browser.driver.findElement(By.cssSelector("#list\\:students tbody tr"));
            assertTrue(
                    firstRow.getText()
                            .matches("(?s).*(Monitoring overdue|Monitoring not started|4 points below aim"
                                    + "|Trend below aim).*"),
                    "who needs attention comes first: " + firstRow.getText());
            browser.screenshot("06-caseload-needs-attention");

            // The list opens with an animation: click the item once it is shown, and check that it was chosen.
            browser.wait.until(d -> {
                if (!d.findElement(By.id("list:flag_panel")).isDisplayed()) {
                    d.findElement(By.cssSelector("#list\\:flag")).click();
                }
                WebElement item = d.findElement(By.cssSelector("#list\\:flag_panel li[data-label='Trend below aim']"));
                if (item.isDisplayed()) {
                    item.click();
                }
                return d.findElement(By.id("list:flag_label")).getText().equals("Trend below aim");
            });
            browser.ajaxDone();
            browser.wait.until(d -> d.findElements(By.cssSelector("#list\\:students tbody tr")).stream()
                    .allMatch(r -> r.getText().contains("Trend below aim")));
            browser.screenshot("07-caseload-flag-filter");

            browser.driver.findElement(By.cssSelector("a.student-link")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("student-name")));
            browser.driver
                    .findElement(By.xpath("//button[contains(., 'Accept as a draft plan')]"))
                    .click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "A draft"));
            browser.ajaxDone();
            browser.driver
                    .findElement(By.xpath("//button[contains(., 'Start the plan')]"))
                    .click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("messages"), "The plan is active from today"));
            browser.ajaxDone();
            String plans = browser.driver
                    .findElement(By.id("student:intervention-plans"))
                    .getText();
            assertTrue(plans.contains("ACTIVE") && plans.contains("Started on " + today), plans);
            assertTrue(plans.contains("Accepted the recommended plan"), "the history keeps where it came from");
            assertTrue(browser.driver.getPageSource().contains("Started "), "the chart marks where the plan began");
            scrollTo(browser, "student:intervention-plans");
            browser.screenshot("08-plan-started");

            browser.driver.findElement(By.id("student:pt-measure")).sendKeys("MCOMP");
            browser.driver.findElement(By.id("student:pt-score_input")).sendKeys("12");
            browser.driver.findElement(By.id("student:save-point")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("messages"), "The point was saved and the decisions refreshed"));
            browser.ajaxDone();
            assertTrue(browser.driver
                    .findElement(By.id("student:progress"))
                    .getText()
                    .contains(today));

            browser.driver.findElement(By.id("student:g-measure")).sendKeys("MCOMP");
            browser.driver
                    .findElement(By.id("student:g-date_input"))
                    .sendKeys(java.time.LocalDate.now().plusWeeks(20).toString());
            browser.driver.findElement(By.id("student:propose-goal")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("student:save-goal")));
            String proposal =
                    browser.driver.findElement(By.id("student:goal-assistant")).getText();
            assertTrue(proposal.contains("Baseline") && proposal.contains("a week"), proposal);
            scrollTo(browser, "student:goal-assistant");
            browser.screenshot("09-goal-assistant");
            browser.driver.findElement(By.id("student:save-goal")).click();
            browser.wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The goal was set"));

            browser.driver.findElement(By.linkText("Enter progress")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("grid:measure")));
            browser.driver.findElement(By.id("grid:measure")).sendKeys("MCOMP");
            browser.driver.findElement(By.id("grid:show")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".score-input input")));
            browser.driver.findElement(By.cssSelector(".score-input input")).sendKeys("15");
            browser.screenshot("10-progress-grid");
            browser.driver.findElement(By.id("grid:save")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("messages"), "1 point saved; 1 student re-evaluated."));
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
        String today = java.time.LocalDate.now().toString();
        String student;
        try (Browser browser = new Browser()) {
            browser.signIn(http.url("/login.xhtml"), "specialist");
            browser.driver.get(http.url("/students.xhtml?mine=true&flag=PM_TREND_BELOW"));
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.student-link")));
            browser.driver.findElement(By.cssSelector("a.student-link")).click();
            browser.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#student\\:progress canvas")));
            student = browser.driver.getCurrentUrl().replaceAll(".*id=", "");
            String chart =
                    browser.driver.findElement(By.cssSelector("h3.chart-title")).getText();
            String domain = chart.substring(0, chart.indexOf(" — "));

            browser.driver
                    .findElement(By.xpath("//button[contains(., 'Write a " + domain + " plan')]"))
                    .click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("student:f-intervention")));
            browser.ajaxDone();
            browser.driver.findElement(By.id("student:f-intervention")).sendKeys(Hostile.SCRIPT);
            browser.driver.findElement(By.id("student:f-interventionist")).sendKeys(Hostile.IMG);
            WebElement measure = browser.driver.findElement(By.id("student:f-measure"));
            measure.clear();
            measure.sendKeys(Hostile.URL);
            browser.driver.findElement(By.id("student:f-sessions_input")).sendKeys("3");
            browser.driver.findElement(By.id("student:f-minutes_input")).sendKeys("30");
            browser.driver.findElement(By.id("student:f-interval_input")).sendKeys("7");
            browser.driver
                    .findElement(By.id("student:f-accommodations"))
                    .sendKeys("\n" + Hostile.SCRIPT + "\n" + Hostile.IMG);
            browser.driver
                    .findElement(By.id("student:f-review_input"))
                    .sendKeys(java.time.LocalDate.now().plusWeeks(8).toString());
            browser.driver.findElement(By.id("student:save-plan")).click();
            said(browser, "saved as a draft");
            browser.ajaxDone();
            Hostile.nothingRan(browser, "the specialist's student page with the draft");

            String hostilePlan = "//section[contains(@class, 'plan')][.//h4[contains(., 'window.__xss')]";
            browser.driver
                    .findElement(By.xpath(hostilePlan + "]//button[contains(., 'Start the plan')]"))
                    .click();
            said(browser, "The plan is active from today");
            browser.ajaxDone();
            WebElement active = browser.driver.findElement(
                    By.xpath(hostilePlan + " and .//span[contains(@class, 'status-ACTIVE')]]"));
            WebElement reason = active.findElement(By.cssSelector(".ui-selectonemenu"));
            String panel = reason.getAttribute("id") + "_panel";
            browser.wait.until(d -> {
                if (!d.findElement(By.id(panel)).isDisplayed()) {
                    reason.click();
                }
                WebElement item = d.findElement(By.cssSelector("[id='" + panel + "'] li[data-label='Goal met']"));
                if (item.isDisplayed()) {
                    item.click();
                }
                return reason.getText().contains("Goal met");
            });
            active.findElement(By.cssSelector("input[id$=':note']")).sendKeys(Hostile.IMG);
            active.findElement(By.xpath(".//button[contains(., 'Close the plan')]"))
                    .click();
            said(browser, "The plan was closed");
            browser.ajaxDone();
            Hostile.nothingRan(browser, "the specialist's student page after the plan started and closed");
        }

        try (Browser browser = new Browser()) {
            browser.signIn(http.url("/login.xhtml"), "principal");
            browser.driver.get(http.url("/student.xhtml?id=" + student));
            browser.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#student\\:progress canvas")));
            Hostile.nothingRan(browser, "the principal's student page");
            String plans = browser.driver
                    .findElement(By.id("student:intervention-plans"))
                    .getText();
            for (String text : new String[] {Hostile.SCRIPT, Hostile.IMG, Hostile.URL, "Goal met — " + Hostile.IMG}) {
                assertTrue(plans.contains(text), "shown as text: " + text + " in " + plans);
            }
            java.util.List<?> labels = browser.wait.until(d -> {
                Object drawn = ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return Object.values(PrimeFaces.widgets).filter(w => w && w.chart)"
                                + ".flatMap(w => w.chart.data.datasets.map(set => set.label));");
                return drawn instanceof java.util.List<?> list && !list.isEmpty() ? list : null;
            });
            assertTrue(
                    labels.contains("Started " + Hostile.SCRIPT + " (" + today + ")")
                            && labels.contains("Ended " + Hostile.SCRIPT + " (" + today + ")"),
                    "the chart labels the plan's days with the text as it was typed: " + labels);
            Hostile.scriptWithoutTheNonceIsBlocked(browser, "the student page");
            browser.screenshot("16-hostile-plan-as-text");
        }

        String html = http.get("/student.xhtml?id=" + student, "principal").body();
        assertFalse(html.contains(Hostile.SCRIPT), "the page's HTML never carries the text as markup");
        assertTrue(
                html.contains("\\u003c/script\\u003e\\u003cscript\\u003ewindow.__xss=1"),
                "in the chart's script the text is escaped for a script");
    }

    /** Waits for the page's message; when it does not come, fails with the messages there are instead. */
    private static void said(Browser browser, String message) {
        try {
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), message));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("failed-" + message.replace(' ', '-'));
            throw new AssertionError(
                    "no message \"" + message + "\"; the page says: "
                            + browser.driver.findElement(By.id("messages")).getText(),
                    e);
        }
    }

    private static void scrollTo(Browser browser, String id) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
    }
}
