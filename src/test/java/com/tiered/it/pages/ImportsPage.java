package com.tiered.it.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Uploads of district files: the report of the last one, and the history with each file's error report. */
public final class ImportsPage extends Page {
    private static final By FILE = By.cssSelector("input[type=file]");
    private static final String ERRORS_CSV = "-errors.csv";

    ImportsPage(Site site) {
        super(site);
        browser.wait.until(d -> !d.findElements(FILE).isEmpty());
    }

    /** Uploads a file as the kind chosen; waits for its report. */
    public void upload(Path file) {
        find(FILE).sendKeys(file.toString());
        waitForVisible(By.id("counts"));
        browser.ajaxDone();
    }

    /** Uploads a file the server refuses whole; waits for the message that says why. */
    public void uploadRefused(Path file, String because) {
        find(FILE).sendKeys(file.toString());
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), because));
        browser.ajaxDone();
    }

    /** Ticks "Confirm withdrawals": the next bulk roster may withdraw more than a fifth of a school. */
    public void confirmWithdrawals() {
        find(By.cssSelector("#upload\\:confirmWithdrawals .ui-chkbox-box")).click();
        browser.ajaxDone();
    }

    /** Uploads a file; waits until its report's counts say {@code expected}. */
    public void upload(Path file, String expected) {
        find(FILE).sendKeys(file.toString());
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("counts"), expected));
        browser.ajaxDone();
    }

    /** "winter.csv: 2 rows read, 1 imported, 0 unchanged, 1 rejected". */
    public String counts() {
        return textOf("counts");
    }

    /** The rejected rows with their line, column and reason. */
    public String errors() {
        return textOf("errors");
    }

    public String history() {
        return textOf("history");
    }

    /** Downloads the error report of the import of {@code fileName} from the history; answers the file saved. */
    public Path downloadErrorReport(String fileName) {
        try {
            Files.createDirectories(browser.downloads);
            try (Stream<Path> old = Files.list(browser.downloads)) {
                for (Path p : old.filter(p -> p.getFileName().toString().endsWith(ERRORS_CSV))
                        .toList()) {
                    Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        find(By.xpath("//tr[contains(., '" + fileName + "')]//a[contains(@id, 'errors-csv')]"))
                .click();
        return browser.wait.until(d -> errorReport());
    }

    private Path errorReport() {
        try (Stream<Path> files = Files.list(browser.downloads)) {
            return files.filter(p -> p.getFileName().toString().endsWith(ERRORS_CSV))
                    .findFirst()
                    .orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
