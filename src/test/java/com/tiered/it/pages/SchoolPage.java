package com.tiered.it.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A school at a glance: tiers per domain, flags, caseloads; each number opens the students behind it. */
public final class SchoolPage extends Page {
    private static final By TIER_NUMBERS = By.cssSelector("#tier-table td a");

    SchoolPage(Site site) {
        super(site);
        waitForVisible(By.id("school-name"));
    }

    /** Waits until the tier chart is drawn. */
    public SchoolPage withChart() {
        waitForVisible(By.cssSelector("#tiers canvas"));
        return this;
    }

    public String name() {
        return textOf("school-name");
    }

    public String flags() {
        return textOf("flags");
    }

    /** The numbers of the tier table, row by row ("12 (15%)"). */
    public List<String> tierNumbers() {
        return driver().findElements(TIER_NUMBERS).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Opens the students behind a number of the tier table. */
    public StudentsPage openTierNumber(int index) {
        driver().findElements(TIER_NUMBERS).get(index).click();
        return new StudentsPage(site);
    }

    /** Picks another school than the one named in the school picker, which opens it. */
    public SchoolPage pickAnotherSchoolThan(String name) {
        String current = driver().getCurrentUrl();
        new WebDriverWait(driver(), Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    if (!d.getCurrentUrl().equals(current)) {
                        return true;
                    }
                    if (!d.findElement(By.id("pick:school_panel")).isDisplayed()) {
                        d.findElement(By.id("pick:school")).click();
                    }
                    WebElement other = d.findElements(By.cssSelector("#pick\\:school_panel li")).stream()
                            .filter(li -> !name.equals(li.getAttribute("data-label")))
                            .findFirst()
                            .orElseThrow();
                    if (other.isDisplayed()) {
                        other.click();
                    }
                    return false;
                });
        return new SchoolPage(site);
    }
}
