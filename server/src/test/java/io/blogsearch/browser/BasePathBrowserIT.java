package io.blogsearch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The page and the box with the server under {@code --base-path /search} of the blog's own origin: everything works,
 * and nothing of the search is requested outside {@code /search/} (the only other requests are the blog's own
 * images, which live on its host).
 */
class BasePathBrowserIT {

    /** A dark blog page embedding the box from the search's prefix, as a Hugo partial would. */
    private static final String HOST_PAGE = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>A dark blog</title>
            <link rel="icon" href="data:,"><link rel="stylesheet" href="/blog.css"></head>
            <body><header><input type="search" id="search" placeholder="Search"></header>
            <script src="/search/blogsearch.js" defer></script></body></html>
            """;

    private static PrefixedSearchServer server;

    @BeforeAll
    static void startServer() {
        server = PrefixedSearchServer.start(HOST_PAGE, "body { background: #101418; color: #eee; }");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void pageFacetsAndUrlStateWorkUnderThePrefix() {
        try (Browser browser = Browser.start(1200, 900)) {
            SearchPage page = new SearchPage(browser, server.searchUrl()).open("?q=rust");
            assertThat(page.cards()).isNotEmpty();
            WebElement home = browser.driver().findElement(By.id("site-home"));
            assertThat(home.getText()).isEqualTo(PrefixedSearchServer.TITLE);

            WebElement tag = page.facetBoxes("tag").get(0);
            String value = tag.getAttribute("value");
            tag.click();
            browser.waitAtMost(SearchPage.PATIENCE).until(d -> page.currentUrl().contains("tag="));
            assertThat(page.currentUrl()).startsWith(server.searchUrl() + "/?q=rust&tag=");
            browser.waitAtMost(SearchPage.PATIENCE).until(d -> page.answered() != null
                    && page.answered().contains("tag="));
            long filtered = page.total();

            browser.driver().navigate().refresh();
            browser.waitAtMost(SearchPage.PATIENCE).until(d -> page.answered() != null
                    && page.answered().contains("tag="));
            assertThat(page.input().getAttribute("value")).isEqualTo("rust");
            assertThat(page.facetBoxes("tag").stream().filter(WebElement::isSelected)
                    .map(box -> box.getAttribute("value"))).containsExactly(value);
            assertThat(page.total()).isEqualTo(filtered);

            browser.driver().navigate().back();
            browser.waitAtMost(SearchPage.PATIENCE).until(d -> "q=rust".equals(page.answered()));
            assertThat(outsidePrefix(browser)).isEmpty();
            assertThat(browser.consoleErrors()).isEmpty();
            browser.screenshot("base-path-page");
        }
    }

    @Test
    void pathWithoutTrailingSlashRedirectsIntoThePrefix() {
        try (Browser browser = Browser.start(1000, 700)) {
            browser.driver().get(server.searchUrl() + "?q=scissors");
            browser.waitAtMost(SearchPage.PATIENCE).until(d -> d.getCurrentUrl()
                    .equals(server.searchUrl() + "/?q=scissors"));
            SearchPage page = new SearchPage(browser, server.searchUrl());
            browser.waitAtMost(SearchPage.PATIENCE).until(d -> page.answered() != null);
            assertThat(page.cards()).isNotEmpty();
            assertThat(outsidePrefix(browser)).isEmpty();
        }
    }

    @Test
    void boxOnTheBlogsOwnPageSearchesUnderThePrefixAndFollowsItsDarkScheme() {
        try (Browser browser = Browser.start(1100, 800)) {
            browser.driver().get(server.origin() + "/");
            WebElement input = browser.driver().findElement(By.id("search"));
            browser.waitAtMost(SearchPage.PATIENCE).until(d -> "combobox".equals(input.getAttribute("role")));
            input.sendKeys("scis");
            WebElement list = browser.driver().findElement(By.id(input.getAttribute("aria-controls")));
            browser.waitAtMost(Duration.ofSeconds(3)).until(d -> list.getText().contains("All results"));
            List<WebElement> options = list.findElements(By.cssSelector("[role=option]"));
            assertThat(options.size()).isGreaterThanOrEqualTo(2);
            assertThat(options.get(options.size() - 1).getAttribute("data-url"))
                    .isEqualTo(server.searchUrl() + "/?q=scis");
            assertThat(list.getAttribute("class")).contains("blogsearch-dark");
            browser.screenshot("base-path-box-dark");

            List<String> outside = outsidePrefix(browser).stream()
                    .filter(url -> !url.equals(server.origin() + "/") && !url.equals(server.origin() + "/blog.css"))
                    .toList();
            assertThat(outside).as("requests of the box outside the prefix").isEmpty();
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /** Requests to the server's origin outside the prefix, from the page's navigation and resource timing. */
    @SuppressWarnings("unchecked")
    private static List<String> outsidePrefix(Browser browser) {
        List<String> urls = (List<String>) browser.driver().executeScript(
                "return [location.href].concat(performance.getEntriesByType('resource').map(e => e.name));");
        return urls.stream()
                .filter(url -> url.startsWith(server.origin()))
                .filter(url -> !url.startsWith(server.searchUrl() + "/"))
                .toList();
    }
}
