package com.tiered.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The student list ("My caseload" for a specialist): a paged table with filters. */
public final class StudentsPage extends Page {
    private static final By STUDENT_LINK = By.cssSelector("a.student-link");
    private static final By RANGE = By.cssSelector(".ui-paginator-current");
    private static final By ROWS = By.cssSelector("#list\\:students tbody tr");

    StudentsPage(Site site) {
        super(site);
        waitForVisible(RANGE);
    }

    /** The paginator's "1–25 of 312". */
    public String rangeShown() {
        return find(RANGE).getText();
    }

    public String firstStudentName() {
        waitForVisible(STUDENT_LINK);
        return find(STUDENT_LINK).getText();
    }

    public String firstRow() {
        waitForVisible(STUDENT_LINK);
        return find(ROWS).getText();
    }

    public List<String> rows() {
        return driver().findElements(ROWS).stream().map(WebElement::getText).toList();
    }

    public StudentPage openFirstStudent() {
        waitForVisible(STUDENT_LINK);
        find(STUDENT_LINK).click();
        return new StudentPage(site);
    }

    /** Ticks "my caseload only" and waits for the list to change. */
    public void showMyCaseloadOnly() {
        String before = rangeShown();
        find(By.cssSelector("#list\\:caseload .ui-chkbox-box")).click();
        browser.ajaxDone();
        browser.wait.until(d -> !d.findElement(RANGE).getText().equals(before));
    }

    /** Filters by a flag, as its badge reads ("Trend below aim"), and waits until every row shows it. */
    public void showOnlyFlag(String badge) {
        choose("list:flag", badge::equals);
        browser.wait.until(
                d -> d.findElements(ROWS).stream().allMatch(r -> r.getText().contains(badge)));
    }
}
