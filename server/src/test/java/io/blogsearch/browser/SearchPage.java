package io.blogsearch.browser;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The search page as a test sees it: its elements and the few reads every browser test needs. */
final class SearchPage {

    static final Duration PATIENCE = Duration.ofSeconds(5);

    private final Browser browser;
    private final String baseUrl;

    SearchPage(Browser browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    /** Opens the page at a query string such as {@code ?q=rust} (or "") and waits for its first answer. */
    SearchPage open(String query) {
        browser.driver().get(baseUrl + "/" + query);
        browser.waitAtMost(PATIENCE).until(d -> answered() != null || visible("error"));
        return this;
    }

    /** The query string (q and filters) the shown results answer, or null while none has arrived or one is due. */
    String answered() {
        WebElement results = browser.driver().findElement(By.id("results"));
        return "true".equals(results.getAttribute("aria-busy")) ? null : results.getAttribute("data-search");
    }

    /** Waits until the shown results answer exactly this query string (e.g. {@code q=scis}). */
    SearchPage awaitAnswer(String queryString, Duration timeout) {
        browser.waitAtMost(timeout).until(d -> queryString.equals(answered()));
        return this;
    }

    WebElement input() {
        return browser.driver().findElement(By.id("q"));
    }

    List<WebElement> cards() {
        return browser.driver().findElements(By.cssSelector("#results .card"));
    }

    /** The visible titles (the text of each card's main link), in order: what a reader sees change. */
    List<String> titles() {
        return cards().stream().map(card -> card.findElement(By.cssSelector(".card-link")).getText()).toList();
    }

    String status() {
        return browser.driver().findElement(By.id("status")).getText();
    }

    /** The number of results the status line states, or -1 when there is none. */
    long total() {
        String status = status().replace(",", "");
        return status.matches("\\d+ results? in .*") ? Long.parseLong(status.split(" ")[0]) : -1;
    }

    boolean visible(String id) {
        return browser.driver().findElement(By.id(id)).isDisplayed();
    }

    /** The facet checkboxes of one dimension, in display order. */
    List<WebElement> facetBoxes(String dim) {
        return browser.driver().findElements(By.cssSelector("#facets input[type=checkbox][data-dim='" + dim + "']"));
    }

    /** The quote card whose speaker line names the speaker, if shown. */
    Optional<WebElement> quoteCardBy(String speaker) {
        return browser.driver().findElements(By.cssSelector("#results .card-quote")).stream()
                .filter(card -> card.findElement(By.cssSelector(".speaker")).getText().contains(speaker))
                .findFirst();
    }

    String currentUrl() {
        return browser.driver().getCurrentUrl();
    }
}
