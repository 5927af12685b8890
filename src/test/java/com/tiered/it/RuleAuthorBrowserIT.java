package com.tiered.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A specialist with the rule-author permission, on the demo district: a broken and an unsafe edit are refused with
 * the file, line and reason while the live rules keep serving; then the Tier 2 percentile cut goes from 25 to 30 in
 * the decision table (and the scenario at 25 with it), the preview lists who would move, the draft goes live, a moved
 * student's tier changes, the diff shows the cells, and the earlier version is made live again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RuleAuthorBrowserIT {
    private static final Pattern HASH = Pattern.compile("\\(([0-9a-f]{12})\\)");

    @ArquillianResource
    private URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @Test
    void aSpecialistChangesTheTierTwoCutPreviewsItGoesLiveAndRollsBack() {
        Http http = new Http(deployed);
        try (Browser browser = new Browser()) {
            browser.signIn(http.url("/login.xhtml"), "specialist");
            browser.driver.findElement(By.linkText("Rules")).click();
            String original = hash(browser);
            browser.screenshot("30-rules");
            browser.driver.findElement(By.id("edit-draft")).click();
            openFile(browser, "cadence.drl");

            WebElement drl = browser.driver.findElement(By.id("draft:drl"));
            String cadence = drl.getAttribute("value");
            int lines = cadence.split("\n", -1).length;
            refusedWith(browser, cadence + "\nrule \"Half written\"\nwhen\n    Student(\nthen\nend\n", "cadence.drl:");
            refusedWith(
                    browser,
                    cadence + "\nrule \"Leave\"\nwhen\nthen\n    System.exit(0);\nend\n",
                    "cadence.drl:" + (lines + 4));
            assertTrue(
                    browser.driver
                            .findElement(By.id("draft:problems"))
                            .getText()
                            .contains("System"),
                    "the reason names what is not allowed");
            browser.screenshot("31-unsafe-refused");
            setText(browser, cadence);
            save(browser);
            assertEquals(original, liveHash(http), "the live rules kept serving");

            openFile(browser, "screening-percentile-bands.drl.csv");
            List<WebElement> cells = browser.driver.findElements(By.cssSelector("#grid input.cell"));
            assertEquals("25", cells.get(6).getAttribute("value"), "intervention: below 25");
            type(cells.get(6), "30");
            type(cells.get(9), "30");
            save(browser);
            openFile(browser, "scenarios/screening.csv");
            for (WebElement row : browser.driver.findElements(By.cssSelector("#grid tbody tr"))) {
                List<WebElement> inputs = row.findElements(By.cssSelector("input.cell"));
                if (inputs.get(0).getAttribute("value").equals("Percentile 25 is on watch")) {
                    type(inputs.get(0), "Percentile 25 is intervention");
                    type(inputs.get(9), "READING:2:SCREEN_INTERVENTION");
                }
            }
            save(browser);
            browser.driver.findElement(By.id("draft:check")).click();
            browser.wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "passes every scenario"));

            browser.driver.findElement(By.id("draft:preview")).click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(120))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("what-if-summary")));
            browser.ajaxDone();
            WebElement first = browser.driver.findElement(By.cssSelector("#draft\\:changes tbody tr"));
            String move = first.findElement(By.cssSelector(".tier-move")).getText();
            assertEquals("1 → 2", move, "a student at percentile 25 to 29 moves from Tier 1 to Tier 2");
            String student =
                    first.findElement(By.cssSelector("a")).getAttribute("href").replaceAll(".*id=", "");
            String domain = first.findElements(By.tagName("td")).get(1).getText();
            assertTrue(
                    browser.driver.findElement(By.id("per-school")).getText().contains("Maple Grove Elementary"),
                    "counted per school");
            browser.screenshot("32-preview");

            browser.driver.findElement(By.id("draft:comment")).sendKeys("Tier 2 cut from percentile 25 to 30");
            browser.driver.findElement(By.id("draft:go-live")).click();
            browser.wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The draft is live"));
            String changed = hash(browser);
            assertTrue(!changed.equals(original), "a new version is live");
            tierOnStudentPage(browser, http, student, domain, changed, "Tier 2");
            browser.screenshot("33-student-moved");

            browser.driver.get(http.url("/rules.xhtml"));
            browser.driver.findElement(By.id("rules:compare-button")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rules:diff")));
            String diff = browser.driver.findElement(By.id("rules:diff")).getText();
            assertTrue(
                    diff.contains("screening-percentile-bands.drl.csv")
                            && diff.contains("Below percentile")
                            && diff.contains("25")
                            && diff.contains("30"),
                    diff);
            browser.screenshot("34-diff");

            browser.driver.findElement(By.id("rules:rollback-version")).click();
            browser.wait
                    .until(ExpectedConditions.elementToBeClickable(
                            By.xpath("//*[@id='rules:rollback-version_panel']//li[starts-with(@data-label, '1 ')]")))
                    .click();
            browser.driver.findElement(By.id("rules:rollback-comment")).sendKeys("Back to 25 until the spring");
            browser.driver.findElement(By.id("rules:rollback-button")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is live again"));
            assertEquals(original, hash(browser));
            tierOnStudentPage(browser, http, student, domain, original, "Tier 1");
            Hostile.policyRefusedNothing(browser, "the rules, the draft editor and its preview");
        }
        String log =
                http.get("/admin/access-log.xhtml?user=specialist", "admin").body();
        assertTrue(
                log.contains("Tier 2 cut from percentile 25 to 30") && log.contains("Back to 25 until the spring"),
                "going live and rolling back are in the access log with their comments");
    }

    private static void openFile(Browser browser, String path) {
        browser.driver.findElement(By.linkText(path)).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("file-name"), path));
        browser.ajaxDone();
    }

    private static void refusedWith(Browser browser, String text, String where) {
        setText(browser, text);
        save(browser);
        browser.driver.findElement(By.id("draft:check")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is refused"));
        String problems = browser.driver.findElement(By.id("draft:problems")).getText();
        assertTrue(problems.contains(where), where + " in " + problems);
    }

    private static void setText(Browser browser, String text) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("document.getElementById('draft:drl').value = arguments[0];", text);
    }

    private static void save(Browser browser) {
        browser.driver.findElement(By.id("draft:save")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "saved in the draft"));
        browser.ajaxDone();
    }

    private static void type(WebElement input, String value) {
        input.clear();
        input.sendKeys(value);
    }

    private static String hash(Browser browser) {
        Matcher m =
                HASH.matcher(browser.driver.findElement(By.id("live-version")).getText());
        assertTrue(m.find());
        return m.group(1);
    }

    private static String liveHash(Http http) {
        return Http.json(http.get("/api/rules", "admin"))
                .getJsonArray("versions")
                .getValuesAs(jakarta.json.JsonObject.class)
                .stream()
                .filter(v -> v.getBoolean("active"))
                .findFirst()
                .orElseThrow()
                .getString("version");
    }

    /** Reloads the student's page until the district evaluation with {@code rules} reached them. */
    private static void tierOnStudentPage(
            Browser browser, Http http, String student, String domain, String rules, String tier) {
        Predicate<String> evaluated = page -> page.contains("rules version " + rules);
        new WebDriverWait(browser.driver, Duration.ofSeconds(120), Duration.ofSeconds(2)).until(d -> {
            d.get(http.url("/student.xhtml?id=" + student));
            return evaluated.test(d.findElement(By.id("student:decisions")).getText());
        });
        String decisions =
                browser.driver.findElement(By.id("student:decisions")).getText();
        assertTrue(decisions.contains(domain + " — " + tier), decisions);
    }
}
