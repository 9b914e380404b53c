package io.blogsearch.browser;

import io.blogsearch.fixtures.TempDirs;
import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.fixtures.TestIndexes;
import io.blogsearch.fixtures.TestPages;
import io.blogsearch.fixtures.TestServer;
import io.blogsearch.model.Page;
import io.blogsearch.testing.RequiredResources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A post's card lists its matching quotes (first), talks and sections inline, then "+n more" for the rest. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InPostBrowserIT {

    private TestServer server;
    private Browser browser;
    private SearchPage page;

    @BeforeAll
    void start() throws Exception {
        RequiredResources.browser();
        Path dir = TempDirs.deletedAtExit("blogsearch-in-post-");
        List<Page> pages = new ArrayList<>(TestPages.all());
        pages.add(TestPages.trellisDay());
        TestIndexes.write(dir.resolve("index"), pages);
        server = TestServer.start(dir.resolve("index"));
        browser = Browser.start(1280, 1000);
        page = new SearchPage(browser, server.base());
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void thePostCardShowsItsQuotesThenItsTalkThenHowManyMore() throws Exception {
        int folded = server.json("/api/search?q=trellis").get("hits").get(0).get("moreInPost").asInt();
        page.open("?q=trellis");
        WebElement card = page.cards().stream()
                .filter(c -> c.getAttribute("data-url").endsWith("/post/trellis-day/"))
                .findFirst().orElseThrow();
        List<WebElement> items = card.findElements(By.cssSelector(".in-post > li"));
        assertThat(items).extracting(item -> item.getAttribute("class")).containsExactly(
                "in-post-item in-post-quote", "in-post-item in-post-quote", "in-post-item in-post-talk");
        assertThat(items.get(0).findElements(By.cssSelector("mark"))).isNotEmpty();
        assertThat(card.findElement(By.cssSelector(".in-post")).getText())
                .contains("Di Vine", "Eli Root", "Trellis Engineering")
                // the quote's markup is shown as the text it is, never as an element
                .contains("<b>yourself</b>");
        assertThat(card.findElements(By.cssSelector(".in-post b"))).isEmpty();
        assertThat(items.get(2).findElement(By.cssSelector("a.in-post-link")).getAttribute("href"))
                .startsWith(TestPages.SITE + "/post/trellis-day/#");
        assertThat(card.findElement(By.cssSelector("button.more-in-post")).getText())
                .isEqualTo("+" + (folded - 3) + " more in this post");
        browser.screenshot("in-post-inline", card);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void anInlineQuoteLinksToItsPlaceInThePost() {
        page.open("?q=trellis");
        WebElement link = browser.driver().findElement(By.cssSelector(".in-post-quote a.in-post-link"));
        // Clickable above the card-wide link that covers the card.
        WebElement top = (WebElement) browser.driver().executeScript(
                "const r = arguments[0].getBoundingClientRect();"
                        + "return document.elementFromPoint(r.left + 5, r.top + r.height / 2);", link);
        assertThat(link.equals(top) || link.findElements(By.xpath(".//*")).contains(top)).isTrue();
    }
}
