package com.tiered.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A specialist in a real browser (Debian's headless Chromium): signs in, opens the student list of the demo
 * district and a student. Screenshots are kept in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SpecialistBrowserIT {
    @ArquillianResource
    private URL deployed;
    private WebDriver browser;
    private Http http;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @BeforeEach
    void openBrowser() {
        http = new Http(deployed);
        // Never Selenium Manager: it would reach for the network. Debian's driver and browser, no outside calls.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,900",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost");
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aSpecialistSignsInOpensTheStudentListAndAStudent() {
        browser.get(http.url("/students.xhtml"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        screenshot("01-login");
        browser.findElement(By.id("login:username")).sendKeys("specialist");
        browser.findElement(By.cssSelector("#login\\:password input, input#login\\:password")).sendKeys("demo");
        browser.findElement(By.id("login:sign-in")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-user")));
        assertEquals("Sam Rivera", browser.findElement(By.id("signed-in-user")).getText());
        screenshot("02-home");

        browser.get(http.url("/students.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.student-link")));
        String report = browser.findElement(By.cssSelector(".ui-paginator-current")).getText();
        assertTrue(report.matches("1–25 of \\d+"), report);
        screenshot("03-students");

        WebElement first = browser.findElement(By.cssSelector("a.student-link"));
        String name = first.getText();
        first.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("student-name")));
        assertEquals(name, browser.findElement(By.id("student-name")).getText());
        assertTrue(browser.getPageSource().contains("Maple Grove Elementary"), "the specialist's school");
        screenshot("04-student");
    }

    private void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("tiered.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
