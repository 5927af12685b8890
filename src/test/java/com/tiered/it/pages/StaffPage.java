package com.tiered.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The administrator's staff list: who may author the rules. */
public final class StaffPage extends Page {
    StaffPage(Site site) {
        super(site);
        waitForVisible(By.id("staff:members"));
    }

    public void grantRuleAuthoring(String displayName) {
        browser.wait
                .until(ExpectedConditions.elementToBeClickable(button(displayName, "Grant")))
                .click();
    }

    public void withdrawRuleAuthoring(String displayName) {
        browser.wait
                .until(ExpectedConditions.elementToBeClickable(button(displayName, "Withdraw")))
                .click();
    }

    private static By button(String displayName, String label) {
        return By.xpath("//tr[contains(., '" + displayName + "')]//button[contains(., '" + label + "')]");
    }
}
