package com.tiered.it.pages;

import org.openqa.selenium.By;

/** The home page a user lands on after signing in. */
public final class HomePage extends Page {
    HomePage(Site site) {
        super(site);
    }

    /** The name in the page's header. */
    public String signedInUser() {
        return textOf("signed-in-user");
    }

    /** A principal's link to their school. */
    public SchoolPage openMySchool() {
        find(By.id("open-school")).click();
        return new SchoolPage(site);
    }

    /** A coordinator or administrator evaluates the district as of today. */
    public void evaluateTheDistrict() {
        find(By.id("evaluate:start")).click();
    }

    public String latestEvaluation() {
        return textOf("latest-evaluation");
    }
}
