package com.tiered.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The administrator's access log: searched by user, student, action and dates. */
public final class AccessLogPage extends Page {
    AccessLogPage(Site site) {
        super(site);
    }

    public void searchByUser(String user) {
        find(By.id("search:user")).sendKeys(user);
        find(By.id("search:find")).click();
        browser.ajaxDone();
    }

    /** Waits until an entry shows the text. */
    public void waitForEntry(String text) {
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search:entries"), text));
    }

    public String entries() {
        return textOf("search:entries");
    }
}
