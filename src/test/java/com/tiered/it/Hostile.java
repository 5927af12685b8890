package com.tiered.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.openqa.selenium.JavascriptExecutor;

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

    /** Asserts that nothing the page showed ran as script. */
    static void nothingRan(Browser browser, String page) {
        assertEquals(
                "undefined",
                js(browser).executeScript("return typeof window.__xss;"),
                page + ": text from a user ran as script");
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
    }

    private static JavascriptExecutor js(Browser browser) {
        return (JavascriptExecutor) browser.driver;
    }
}
