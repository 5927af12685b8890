package com.tiered.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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

/**
 * A principal reads their school and drills into a number; an administrator searches the access log and grants, then
 * withdraws, the rule-author permission.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchoolAndAccessLogBrowserIT {
    @ArquillianResource
    private URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @Test
    void aPrincipalReadsTheTierDistributionAndDrillsDownToTheStudentsBehindANumber() {
        Http http = new Http(deployed);
        try (Browser browser = new Browser()) {
            browser.signIn(http.url("/login.xhtml"), "principal");
            browser.driver.findElement(By.id("open-school")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#tiers canvas")));
            assertEquals(
                    "Maple Grove Elementary",
                    browser.driver.findElement(By.id("school-name")).getText());
            assertTrue(browser.driver.findElement(By.id("flags")).getText().contains("Trend below aim"));
            browser.screenshot("20-school");

            WebElement tierTwo = browser.driver
                    .findElements(By.cssSelector("#tier-table td a"))
                    .get(1);
            Matcher count = Pattern.compile("(\\d+) \\(\\d+%\\)").matcher(tierTwo.getText());
            assertTrue(count.matches(), tierTwo.getText());
            tierTwo.click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-paginator-current")));
            String report = browser.driver
                    .findElement(By.cssSelector(".ui-paginator-current"))
                    .getText();
            assertTrue(report.endsWith(" of " + count.group(1)), "the drill-down lists the same students: " + report);
            browser.screenshot("21-school-drill-down");
            Hostile.policyRefusedNothing(browser, "the school page and its drill-down");
        }
    }

    @Test
    void anAdministratorSearchesTheAccessLogByUser() {
        Http http = new Http(deployed);
        http.get("/school.xhtml?school=999999", "principal");
        try (Browser browser = new Browser()) {
            browser.signIn(http.url("/login.xhtml"), "admin");
            browser.driver.findElement(By.linkText("Access log")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search:user")));
            browser.driver.findElement(By.id("search:user")).sendKeys("principal");
            browser.driver.findElement(By.id("search:find")).click();
            browser.ajaxDone();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("search:entries"), "School 999999 is outside the user's schools"));
            String entries = browser.driver.findElement(By.id("search:entries")).getText();
            assertTrue(entries.contains("REFUSED") && !entries.contains(" specialist "), entries);
            browser.screenshot("22-access-log");

            assertEquals(403, http.get("/rules.xhtml", "coordinator").statusCode(), "not yet a rule author");
            browser.driver.findElement(By.linkText("Staff")).click();
            browser.wait
                    .until(ExpectedConditions.elementToBeClickable(
                            By.xpath("//tr[contains(., 'Casey Morgan')]//button[contains(., 'Grant')]")))
                    .click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("messages"), "Granted the rule-author permission to coordinator"));
            browser.screenshot("23-staff");
            assertEquals(200, http.get("/rules.xhtml", "coordinator").statusCode(), "a rule author now");
            browser.driver
                    .findElement(By.xpath("//tr[contains(., 'Casey Morgan')]//button[contains(., 'Withdraw')]"))
                    .click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Withdrew"));
            assertEquals(403, http.get("/rules.xhtml", "coordinator").statusCode(), "withdrawn");
            Hostile.policyRefusedNothing(browser, "the access log and the staff page");
        }
    }
}
