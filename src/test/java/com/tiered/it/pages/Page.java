package com.tiered.it.pages;

import com.tiered.it.Browser;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What every page of Tiered has: the main menu, the messages, and the browser it is shown in. */
public abstract class Page {
    protected final Site site;
    protected final Browser browser;

    protected Page(Site site) {
        this.site = site;
        this.browser = site.browser();
    }

    protected WebDriver driver() {
        return browser.driver;
    }

    protected WebElement find(By by) {
        return browser.driver.findElement(by);
    }

    protected String textOf(String id) {
        return find(By.id(id)).getText();
    }

    protected void waitForVisible(By by) {
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits for the page to show the message, then for the page's requests to end; when the message does not come,
     * fails with the messages there are instead (and a screenshot).
     */
    public void said(String message) {
        try {
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), message));
        } catch (TimeoutException e) {
            browser.screenshot("failed-" + message.replaceAll("[^A-Za-z0-9]+", "-"));
            throw new AssertionError("no message \"" + message + "\"; the page says: " + textOf("messages"), e);
        }
        browser.ajaxDone();
    }

    /** The whole page's HTML, for what it must or must never carry. */
    public String source() {
        return browser.driver.getPageSource();
    }

    public String title() {
        return browser.driver.getTitle();
    }

    public void screenshot(String name) {
        browser.screenshot(name);
    }

    public RulesPage openRules() {
        return new RulesPage(menu("Rules"));
    }

    public DeadlinesPage openDeadlines() {
        return new DeadlinesPage(menu("Deadlines"));
    }

    public ProgressGridPage openProgressEntry() {
        return new ProgressGridPage(menu("Enter progress"));
    }

    public AccessLogPage openAccessLog() {
        menu("Access log");
        waitForVisible(By.id("search:user"));
        return new AccessLogPage(site);
    }

    public StaffPage openStaff() {
        return new StaffPage(menu("Staff"));
    }

    private Site menu(String link) {
        find(By.cssSelector("nav.menu")).findElement(By.linkText(link)).click();
        return site;
    }

    protected void scrollTo(String id) {
        ((JavascriptExecutor) browser.driver)
                .executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
    }

    /**
     * Chooses the item of a PrimeFaces drop-down whose label fits. The list opens with an animation: the item is
     * clicked once it is shown, until the drop-down's label fits too.
     */
    protected void choose(String menuId, Predicate<String> label) {
        String panel = menuId + "_panel";
        browser.wait.until(d -> {
            if (!d.findElement(By.id(panel)).isDisplayed()) {
                d.findElement(By.id(menuId)).click();
            }
            WebElement item = d.findElements(By.cssSelector("[id='" + panel + "'] li")).stream()
                    .filter(li -> label.test(li.getAttribute("data-label")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no item to choose in " + menuId));
            if (item.isDisplayed()) {
                item.click();
            }
            return label.test(d.findElement(By.id(menuId + "_label")).getText());
        });
        browser.ajaxDone();
    }
}
