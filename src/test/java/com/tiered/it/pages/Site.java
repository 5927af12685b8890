package com.tiered.it.pages;

import com.tiered.it.Browser;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One browser on one deployment of Tiered: where the browser tests start, by signing in or opening an address. */
public final class Site {
    /** Every demo account's password. */
    private static final String PASSWORD = "demo";

    private final Browser browser;
    private final String base;

    /** {@code base} is the application's root address, ending in "/". */
    public Site(Browser browser, String base) {
        this.browser = browser;
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public Browser browser() {
        return browser;
    }

    String url(String path) {
        return base + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** Signs in on the sign-in page as one of the demo district's users ("specialist", "principal", …). */
    public HomePage signInAs(String user) {
        browser.driver.get(url("/login.xhtml"));
        return new LoginPage(this).signIn(user, PASSWORD);
    }

    /** Opens a page without being signed in: the sign-in page is shown instead. */
    public LoginPage openSignedOut(String path) {
        browser.driver.get(url(path));
        return new LoginPage(this);
    }

    /** The student list; {@code query} as the page takes it ("mine=true", "school=12&flag=…"), or empty. */
    public StudentsPage students(String query) {
        browser.driver.get(url("/students.xhtml" + (query.isEmpty() ? "" : "?" + query)));
        return new StudentsPage(this);
    }

    public StudentPage student(String sourcedId) {
        browser.driver.get(url("/student.xhtml?id=" + sourcedId));
        return new StudentPage(this);
    }

    /**
     * The student's page once the district evaluation with the rules of {@code rulesHash} has reached the student
     * (an evaluation after going live runs in the background): reloaded every 2 s for up to 2 minutes.
     */
    public StudentPage studentEvaluatedWith(String sourcedId, String rulesHash) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(120), Duration.ofSeconds(2)).until(d -> {
            d.get(url("/student.xhtml?id=" + sourcedId));
            return d.findElement(By.id("student:decisions")).getText().contains("rules version " + rulesHash);
        });
        return new StudentPage(this);
    }

    public SchoolPage school(String schoolId) {
        browser.driver.get(url("/school.xhtml?school=" + schoolId));
        return new SchoolPage(this);
    }

    public RulesPage rules() {
        browser.driver.get(url("/rules.xhtml"));
        return new RulesPage(this);
    }

    public DeadlinesPage deadlines() {
        browser.driver.get(url("/deadlines.xhtml"));
        return new DeadlinesPage(this);
    }

    public ImportsPage imports() {
        browser.driver.get(url("/imports.xhtml"));
        return new ImportsPage(this);
    }

    /** The access log, searched by user name from the address. */
    public AccessLogPage accessLogOf(String user) {
        browser.driver.get(url("/admin/access-log.xhtml?user=" + user));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search:entries")));
        return new AccessLogPage(this);
    }
}
