package com.tiered.it.pages;

import org.openqa.selenium.By;

/** The coordinator's legal timelines and the open referrals. */
public final class DeadlinesPage extends Page {
    DeadlinesPage(Site site) {
        super(site);
        waitForVisible(By.id("deadlines:clocks"));
    }

    public String clocks() {
        return textOf("deadlines:clocks");
    }

    public String referrals() {
        waitForVisible(By.id("deadlines:referrals"));
        return textOf("deadlines:referrals");
    }
}
