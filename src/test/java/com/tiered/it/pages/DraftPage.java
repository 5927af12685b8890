package com.tiered.it.pages;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The shared rule draft: a file at a time (text, or a grid for a table), saved, checked, previewed and made live.
 */
public final class DraftPage extends Page {
    private static final By CELLS = By.cssSelector("#grid input.cell");

    DraftPage(Site site) {
        super(site);
        waitForVisible(By.id("draft:check"));
    }

    public void openFile(String path) {
        find(By.linkText(path)).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("file-name"), path));
        browser.ajaxDone();
    }

    /** The text of the file open as text. */
    public String text() {
        return find(By.id("draft:drl")).getAttribute("value");
    }

    /** Replaces the text of the file open as text (as a paste would). */
    public void replaceText(String text) {
        ((JavascriptExecutor) driver())
                .executeScript("document.getElementById('draft:drl').value = arguments[0];", text);
    }

    /** The cells of the table open as a grid, row by row, as their values. */
    public List<String> cells() {
        return driver().findElements(CELLS).stream()
                .map(c -> c.getAttribute("value"))
                .toList();
    }

    public void typeInCell(int index, String value) {
        type(driver().findElements(CELLS).get(index), value);
    }

    /** Types into the row whose first cell reads {@code firstCell}: column index to value. */
    public void typeInRow(String firstCell, Map<Integer, String> values) {
        for (WebElement row : driver().findElements(By.cssSelector("#grid tbody tr"))) {
            List<WebElement> inputs = row.findElements(By.cssSelector("input.cell"));
            if (inputs.get(0).getAttribute("value").equals(firstCell)) {
                values.forEach((column, value) -> type(inputs.get(column), value));
                return;
            }
        }
        throw new AssertionError("no row starts with " + firstCell);
    }

    private static void type(WebElement input, String value) {
        input.clear();
        input.sendKeys(value);
    }

    /** Saves the file open into the draft. */
    public void save() {
        find(By.id("draft:save")).click();
        said("saved in the draft");
    }

    /** Checks the whole draft: compiled, allowed, every scenario run. */
    public void check() {
        find(By.id("draft:check")).click();
    }

    /** What the check refused, each with its file, line and reason. */
    public String problems() {
        return textOf("draft:problems");
    }

    /** Starts the what-if preview and waits (up to 2 minutes) for its result. */
    public void preview() {
        find(By.id("draft:preview")).click();
        new WebDriverWait(driver(), Duration.ofSeconds(120))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("what-if-summary")));
        browser.ajaxDone();
    }

    /**
     * The first change the preview lists that moves a tier (a row may also be a change of flags only, shown "– → –",
     * such as a flag about the student as a whole).
     */
    public Change firstChange() {
        WebElement first = driver().findElements(By.cssSelector("#draft\\:changes tbody tr")).stream()
                .filter(row -> !row.findElements(By.cssSelector(".tier-move")).isEmpty()
                        && !row.findElement(By.cssSelector(".tier-move"))
                                .getText()
                                .startsWith("–"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no change in the preview moves a tier"));
        return new Change(
                first.findElement(By.cssSelector("a")).getAttribute("href").replaceAll(".*id=", ""),
                first.findElements(By.tagName("td")).get(1).getText(),
                first.findElement(By.cssSelector(".tier-move")).getText());
    }

    /** A student's change in a domain; {@code move} as shown ("1 → 2"). */
    public record Change(String student, String domain, String move) {}

    /** The changes counted per school. */
    public String perSchool() {
        return textOf("per-school");
    }

    /** Makes the draft live with the comment that says why. */
    public RulesPage goLive(String comment) {
        find(By.id("draft:comment")).sendKeys(comment);
        find(By.id("draft:go-live")).click();
        return new RulesPage(site);
    }
}
