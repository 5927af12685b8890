package com.tiered.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.it.pages.Site;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A coordinator maps a vendor's screening export in a real browser — its columns in another order and under other
 * names, dates as MM/DD/YYYY, windows as words — checks the preview, saves the mapping as a profile, and imports the
 * file with it on the import page, where the row the mapping cannot read is rejected with its line and the vendor's
 * column. Self-contained: its students and profile are this run's own, and the students are withdrawn at the end.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VendorMappingBrowserIT {
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    @ArquillianResource
    private URL deployed;

    @TempDir
    Path work;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @Test
    void aCoordinatorMapsAVendorsFileSavesTheProfileAndImportsWithIt() throws IOException {
        Http http = new Http(deployed);
        String run = Long.toString(System.currentTimeMillis());
        String student = "vmap-" + run;
        String profile = "fastbridge-" + run;
        http.post("/api/imports/oneroster", "admin", "application/zip", sample("oneroster.zip"));
        String students = "sourced_id,given_name,family_name,grade,school_id,school_name\n" + student
                + ",Mara,Mapped,03,vendor-school,Vendor School\n";
        HttpResponse<String> imported =
                http.post("/api/imports/students", "admin", "text/csv", students.getBytes(StandardCharsets.UTF_8));
        assertEquals(0, Http.json(imported).getInt("rowsRejected"), imported.body());

        LocalDate fall = LocalDate.now().minusDays(90);
        LocalDate winter = LocalDate.now().minusDays(10);
        Path file = work.resolve("fastbridge-export.csv");
        Files.writeString(
                file,
                "Assessment Date,Last Name,SIS ID,Subject Area,Benchmark Period,Assessment,Composite Score,National PR\n"
                        + fall.format(US) + ",Mapped," + student + ",Reading,Fall,aReading,480,31\n"
                        + winter.format(US) + ",Mapped," + student + ",Reading,Winter,aReading,512,22\n"
                        + winter + ",Mapped," + student + ",Reading,Winter,CBMreading,88,35\n");
        try (Browser browser = new Browser()) {
            new Site(browser, http.url("/")).signInAs("coordinator");
            browser.driver.get(http.url("/imports.xhtml"));
            browser.wait
                    .until(ExpectedConditions.elementToBeClickable(By.linkText("Map a vendor's file")))
                    .click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=file]")));
            browser.driver.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mapping:fields")));
            browser.ajaxDone();
            assertTrue(
                    browser.driver.findElement(By.id("vendor-file")).getText().contains("8 columns"));

            mapColumn(browser, "student_sourced_id", "SIS ID");
            mapColumn(browser, "domain", "Subject Area");
            mapColumn(browser, "measure", "Assessment");
            mapColumn(browser, "window", "Benchmark Period");
            mapColumn(browser, "administered_on", "Assessment Date");
            mapColumn(browser, "score", "Composite Score");
            mapColumn(browser, "percentile", "National PR");
            choose(browser, "mapping:date-format", "MM/DD/YYYY");
            browser.screenshot("40-vendor-columns");

            // The page proposes the windows for the vendor's words and identifiers for its names.
            browser.driver.findElement(By.id("mapping:suggest")).click();
            browser.ajaxDone();
            browser.wait.until(d -> valueFor(browser, "Winter") != null);
            assertEquals("WINTER", valueFor(browser, "Winter"));
            assertEquals("FALL", valueFor(browser, "Fall"));
            assertEquals("READING", valueFor(browser, "Reading"));
            assertEquals("AREADING", valueFor(browser, "aReading"));

            browser.driver.findElement(By.id("mapping:preview-button")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mapping:preview")));
            browser.ajaxDone();
            String preview =
                    browser.driver.findElement(By.id("mapping:preview")).getText();
            assertTrue(preview.contains(winter.toString()) && preview.contains("WINTER"), preview);
            assertTrue(preview.contains("AREADING") && preview.contains(student), preview);
            assertTrue(
                    preview.contains("Assessment Date: administered_on '" + winter + "' is not a date (MM/DD/YYYY)"),
                    preview);
            browser.screenshot("41-vendor-preview");

            WebElement name = browser.driver.findElement(By.id("mapping:name"));
            name.clear();
            name.sendKeys(profile);
            browser.driver.findElement(By.id("mapping:save")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("saved-profile"), profile + ", version 1"));
            browser.screenshot("42-vendor-profile-saved");

            // The import page tells the profile from the file's header: no kind, no profile chosen.
            browser.driver.findElement(By.linkText("Import a file with it")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=file]")));
            browser.driver.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("counts")));
            browser.ajaxDone();
            String counts = browser.driver.findElement(By.id("counts")).getText();
            assertTrue(counts.contains("3 rows read, 2 imported, 0 unchanged, 1 rejected"), counts);
            assertTrue(counts.contains("mapping profile " + profile + ", version 1"), counts);
            String errors = browser.driver.findElement(By.id("errors")).getText();
            assertTrue(
                    errors.contains("4") && errors.contains("Assessment Date") && errors.contains("MM/DD/YYYY"),
                    errors);
            assertTrue(browser.driver
                    .findElement(By.id("history"))
                    .getText()
                    .contains("fastbridge-export.csv (mapped by " + profile + ", version 1)"));
            browser.screenshot("43-vendor-file-imported");
            Hostile.policyRefusedNothing(browser, "the mapping and import pages");
            String status =
                    http.get("/api/students/" + student + "/status", "admin").body();
            assertTrue(status.contains("percentile 22 on AREADING"), "the vendor's scores were evaluated: " + status);
        } finally {
            String withdraw = "sourcedId,status,role,orgSourcedIds,givenName,familyName,grades\n" + student
                    + ",tobedeleted,student,vendor-school,Mara,Mapped,03\n";
            http.post(
                    "/api/imports/oneroster",
                    "admin",
                    "application/zip",
                    Zips.of(Map.of(
                            "manifest.csv", "propertyName,value\nmanifest.version,1.0\n", "users.csv", withdraw)));
        }
    }

    /** Chooses the vendor's column for a contract column in the table of columns. */
    private static void mapColumn(Browser browser, String field, String column) {
        WebElement row = browser.driver.findElement(By.xpath(
                "//tbody[@id='mapping:fields_data']/tr[.//span[@class='field-name' and text()='" + field + "']]"));
        choose(browser, row.findElement(By.cssSelector("div.ui-selectonemenu")).getAttribute("id"), column);
    }

    /** Picks an item of a PrimeFaces menu: the list opens with an animation, so click once shown and check. */
    private static void choose(Browser browser, String id, String label) {
        browser.wait.until(d -> {
            WebElement panel = d.findElement(By.id(id + "_panel"));
            if (!panel.isDisplayed()) {
                d.findElement(By.id(id)).click();
            }
            WebElement item = panel.findElement(By.cssSelector("li[data-label='" + label + "']"));
            if (item.isDisplayed()) {
                item.click();
            }
            return d.findElement(By.id(id + "_label")).getText().equals(label);
        });
    }

    /** What the value mapping of a vendor's value proposes it becomes. */
    private static String valueFor(Browser browser, String vendorValue) {
        for (WebElement row : browser.driver.findElements(By.cssSelector("tbody[id='mapping:values_data'] > tr"))) {
            List<WebElement> from = row.findElements(By.cssSelector("input[id$=':from']"));
            if (!from.isEmpty() && vendorValue.equals(from.get(0).getAttribute("value"))) {
                return row.findElement(By.cssSelector("input[id$=':to']")).getAttribute("value");
            }
        }
        return null;
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = VendorMappingBrowserIT.class.getResourceAsStream("/samples/district-small/" + name)) {
            return in.readAllBytes();
        }
    }
}
