package com.tiered.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
            assertEquals("Sam Rivera", browser.driver.findElement(By.id("signed-in-user")).getText());
            browser.screenshot("02-home");

            browser.driver.get(http.url("/students.xhtml"));
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.student-link")));
            String report = browser.driver.findElement(By.cssSelector(".ui-paginator-current")).getText();
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
            String all = browser.driver.findElement(By.cssSelector(".ui-paginator-current")).getText();
            browser.driver.findElement(By.cssSelector("#list\\:caseload .ui-chkbox-box")).click();
            browser.ajaxDone();
            browser.wait.until(d -> !d.findElement(By.cssSelector(".ui-paginator-current")).getText().equals(all));
            browser.driver.findElement(By.cssSelector("a.student-link")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#progress canvas")));
            assertTrue(browser.driver.findElement(By.id("progress")).getText().contains("goal"),
                    "a student on the caseload has a goal and its chart");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("document.getElementById('progress').scrollIntoView();");
            browser.screenshot("05-caseload-student-chart");
        }
    }
}
