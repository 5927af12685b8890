package com.tiered.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A special-education coordinator in a real browser: uploads a file with a bad row on the import page and reads the
 * report and the history; evaluates the district from the home page and watches it finish.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoordinatorBrowserIT {
    @ArquillianResource
    private URL deployed;

    @TempDir
    Path work;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @Test
    void aCoordinatorUploadsAFileAndSeesEachRejectedRowWithItsReason() throws IOException {
        Http http = new Http(deployed);
        http.post("/api/imports/oneroster", "admin", "application/zip", sample("oneroster.zip"));
        Path file = work.resolve("winter-screening.csv");
        Files.writeString(
                file,
                "student_sourced_id,domain,measure,window,administered_on,score,percentile\n"
                        + "stu-00001,READING,STAR_READING,WINTER,2026-01-20,700,35\n"
                        + "stu-00001,READING,STAR_READING,AUTUMN,2026-01-21,700,35\n");
        try (Browser browser = new Browser()) {
            browser.signIn(http.url("/login.xhtml"), "coordinator");
            browser.driver.get(http.url("/imports.xhtml"));
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=file]")));
            browser.screenshot("10-imports");
            browser.driver.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("counts")));
            browser.ajaxDone();
            String counts = browser.driver.findElement(By.id("counts")).getText();
            // The good row is new on a fresh database and unchanged when the suite runs again on the same one.
            assertTrue(
                    counts.matches(".*2 rows read, (1 imported, 0 unchanged|0 imported, 1 unchanged), 1 rejected.*"),
                    counts);
            String errors = browser.driver.findElement(By.id("errors")).getText();
            assertTrue(errors.contains("3") && errors.contains("window") && errors.contains("AUTUMN"), errors);
            assertTrue(browser.driver.findElement(By.id("history")).getText().contains("winter-screening.csv"));
            browser.screenshot("11-import-report");

            // The error report comes through the page (the API does not take the session cookie).
            assertFalse(browser.driver.getPageSource().contains("/api/"), "no link into the API");
            Files.createDirectories(browser.downloads);
            try (Stream<Path> old = Files.list(browser.downloads)) {
                for (Path p : old.filter(p -> p.getFileName().toString().endsWith("-errors.csv"))
                        .toList()) {
                    Files.delete(p);
                }
            }
            browser.driver
                    .findElement(By.xpath("//tr[contains(., 'winter-screening.csv')]//a[contains(@id, 'errors-csv')]"))
                    .click();
            browser.wait.until(d -> errorReport(browser.downloads) != null);
            String report = Files.readString(errorReport(browser.downloads));
            assertTrue(report.contains("AUTUMN") && report.contains("window"), report);
        }
    }

    @Test
    void aCoordinatorEvaluatesTheDistrictFromTheHomePage() {
        Http http = new Http(deployed);
        try (Browser browser = new Browser()) {
            browser.signIn(http.url("/login.xhtml"), "coordinator");
            browser.driver.findElement(By.id("evaluate:start")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("messages"), "The district was evaluated as of " + java.time.LocalDate.now()));
            browser.ajaxDone();
            assertTrue(browser.driver
                    .findElement(By.id("latest-evaluation"))
                    .getText()
                    .contains("As of " + java.time.LocalDate.now()));
            browser.screenshot("12-evaluated");

            browser.driver.findElement(By.linkText("Deadlines")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deadlines:clocks")));
            assertTrue(browser.driver
                    .findElement(By.id("deadlines:clocks"))
                    .getText()
                    .contains("Legal timelines"));
            browser.screenshot("13-deadlines");
        }
    }

    private static Path errorReport(Path downloads) {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-errors.csv"))
                    .findFirst()
                    .orElse(null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = CoordinatorBrowserIT.class.getResourceAsStream("/samples/district-small/" + name)) {
            return in.readAllBytes();
        }
    }
}
