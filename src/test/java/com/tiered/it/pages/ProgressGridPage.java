package com.tiered.it.pages;

import org.openqa.selenium.By;

/** Group progress entry: one measure, a score box per student. */
public final class ProgressGridPage extends Page {
    private static final By SCORE = By.cssSelector(".score-input input");

    ProgressGridPage(Site site) {
        super(site);
        waitForVisible(By.id("grid:measure"));
    }

    public void showMeasure(String measure) {
        find(By.id("grid:measure")).sendKeys(measure);
        find(By.id("grid:show")).click();
        waitForVisible(SCORE);
    }

    public void typeFirstScore(String score) {
        find(SCORE).sendKeys(score);
    }

    public void save() {
        find(By.id("grid:save")).click();
    }
}
