package com.tiered.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Text a user can type that would run as script if a page placed it in HTML, in a script or in a URL without escaping
 * it for that place. Each sets {@code window.__xss}; a page that shows them as text leaves it undefined.
 */
final class Hostile {
    /** Ends the script element it is put in and starts one of its own. */
    static final String SCRIPT = "</script><script>window.__xss=1</script>";
    /** An element with an event handler, if put in HTML as markup. */
    static final String IMG = "<img src=x onerror=\"window.__xss=1\">";
    /** A script URL, if put in a link. */
    static final String URL = "javascript:window.__xss=1";

    private Hostile() {}

    /**
     * Asserts that nothing the page showed ran as script, and that the policy refused none of the page's own scripts.
     */
    static void nothingRan(Browser browser, String page) {
        assertEquals(
                "undefined",
                js(browser).executeScript("return typeof window.__xss;"),
                page + ": text from a user ran as script");
        policyRefusedNothing(browser, page);
    }

    /** Asserts that the browser's console, since it was last read, shows no script or style refused by the policy. */
    static void policyRefusedNothing(Browser browser, String pages) {
        assertEquals(List.of(), refusals(browser), pages + ": the policy refused something of the pages themselves");
    }

    /**
     * Asserts that the browser enforces the page's policy: a script element added without the page's nonce does not
     * run (the way injected markup would arrive if escaping ever failed).
     */
    static void scriptWithoutTheNonceIsBlocked(Browser browser, String page) {
        js(browser)
                .executeScript("var s = document.createElement('script'); s.textContent = 'window.__csp = 1;';"
                        + " document.body.appendChild(s);");
        assertEquals(
                "undefined",
                js(browser).executeScript("return typeof window.__csp;"),
                page + ": an inline script without the nonce ran; no Content-Security-Policy stops injected script");
        browser.wait
                .withMessage(page + ": the console names the refusal, as it would name any other")
                .until(d -> !refusals(browser).isEmpty());
    }

    private static List<String> refusals(Browser browser) {
        return browser.driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy"))
                .toList();
    }

    private static JavascriptExecutor js(Browser browser) {
        return (JavascriptExecutor) browser.driver;
    }
}
