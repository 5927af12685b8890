package com.tiered.it.pages;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The rule-set versions: the live one, the history, each version's files, a comparison, and a rollback. */
public final class RulesPage extends Page {
    private static final Pattern HASH = Pattern.compile("\\(([0-9a-f]{12})\\)");

    RulesPage(Site site) {
        super(site);
        waitForVisible(By.id("rules:history"));
    }

    /** The content hash of the live version, as the page shows it ("version 3 (1a2b3c4d5e6f)"). */
    public String liveHash() {
        String live = textOf("live-version");
        Matcher m = HASH.matcher(live);
        if (!m.find()) {
            throw new AssertionError("no version hash in " + live);
        }
        return m.group(1);
    }

    /** Versions with their authors and comments. */
    public String history() {
        return textOf("rules:history");
    }

    public DraftPage editTheDraft() {
        find(By.id("edit-draft")).click();
        return new DraftPage(site);
    }

    /** Shows the files of a version, chosen by its number. */
    public void showVersion(int id) {
        choose("rules:version", label -> label.startsWith(id + " "));
    }

    /** Opens a file of the version shown; answers its text. */
    public String openFile(String path) {
        browser.wait
                .until(ExpectedConditions.elementToBeClickable(By.linkText(path)))
                .click();
        waitForVisible(By.id("rule-text"));
        return textOf("rule-text");
    }

    /** Compares the two versions chosen (by default the live one with the one before); answers the differences. */
    public String compare() {
        find(By.id("rules:compare-button")).click();
        waitForVisible(By.id("rules:diff"));
        return textOf("rules:diff");
    }

    /** Makes an earlier version live again, chosen by its number, with the comment that says why. */
    public RulesPage rollBackTo(int id, String comment) {
        choose("rules:rollback-version", label -> label.startsWith(id + " "));
        find(By.id("rules:rollback-comment")).sendKeys(comment);
        find(By.id("rules:rollback-button")).click();
        return new RulesPage(site);
    }
}
