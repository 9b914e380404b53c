package io.blogsearch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.fixtures.CommandProcess;
import io.blogsearch.fixtures.Http;
import io.blogsearch.fixtures.TempDirs;
import io.blogsearch.testing.RequiredResources;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The README's demo end to end: {@code serve --site examples/sample-blog --public DIR --base-path /search} builds the
 * sample blog with hugo and serves it beside the search, so result links, thumbnails and the blog's own search box
 * all open real pages of this server.
 */
class DemoBrowserIT {

    private static final Duration START = Duration.ofMinutes(3);

    private static CommandProcess serve;
    private static String origin;

    @BeforeAll
    static void startDemo() throws Exception {
        RequiredResources.browser();
        RequiredResources.hugo();
        Path temp = TempDirs.deletedAtExit("blogsearch-demo-");
        int port = Http.freePort();
        origin = "http://127.0.0.1:" + port;
        serve = CommandProcess.java("serve", "--site", RequiredResources.sampleBlog().toString(), "--index",
                temp.resolve("index").toString(), "--public", temp.resolve("public").toString(), "--base-path",
                "/search", "--port", String.valueOf(port));
        Http.await(() -> !serve.alive() || Http.isOk(origin + "/search/readyz"), START, "readyz of the demo");
        assertThat(serve.alive()).as(serve.stderr()).isTrue();
        assertThat(serve.stderr()).contains("with hugo into");
    }

    @AfterAll
    static void stopDemo() {
        if (serve != null) {
            serve.close();
        }
    }

    @Test
    void resultLinkOpensThePageOfThisServerAtItsHeading() {
        try (Browser browser = Browser.start(1200, 900)) {
            SearchPage page = new SearchPage(browser, origin + "/search").open("?q=scissors");
            WebElement link = page.cards().get(0).findElement(By.cssSelector(".card-link"));
            String target = link.getAttribute("href");
            assertThat(target).startsWith(origin + "/2023/").contains("#");
            link.click();
            browser.waitAtMost(SearchPage.PATIENCE).until(d -> target.equals(d.getCurrentUrl()));
            String anchor = target.substring(target.indexOf('#') + 1);
            assertThat(browser.driver().findElements(By.id(anchor))).as("the heading the hit links to").hasSize(1);
            assertThat(browser.driver().getTitle()).isNotBlank().doesNotContain("404");
            browser.screenshot("demo-result-opened");
        }
    }

    @Test
    void thumbnailsLoadFromThisServer() {
        try (Browser browser = Browser.start(1200, 900)) {
            SearchPage page = new SearchPage(browser, origin + "/search").open("?type=figure");
            List<WebElement> images = browser.driver().findElements(By.cssSelector("#results .thumb img"));
            assertThat(images).isNotEmpty();
            browser.waitAtMost(SearchPage.PATIENCE).until(d -> images.stream().allMatch(img -> Boolean.TRUE.equals(
                    browser.driver().executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;",
                            img))));
            assertThat(images).allSatisfy(img -> assertThat(img.getAttribute("src")).startsWith(origin + "/"));
            assertThat(page.cards()).isNotEmpty();
            browser.screenshot("demo-thumbnails");
        }
    }

    @Test
    void blogsOwnSearchBoxOpensAResultOnThisServer() {
        try (Browser browser = Browser.start(1100, 800)) {
            browser.driver().get(origin + "/");
            WebElement input = browser.driver().findElement(By.id("blogsearch-input"));
            browser.waitAtMost(SearchPage.PATIENCE).until(d -> "combobox".equals(input.getAttribute("role")));
            input.sendKeys("scis");
            WebElement list = browser.driver().findElement(By.id(input.getAttribute("aria-controls")));
            browser.waitAtMost(SearchPage.PATIENCE).until(d -> list.getText().contains("All results"));
            input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
            browser.waitAtMost(SearchPage.PATIENCE).until(d -> d.getCurrentUrl().startsWith(origin + "/20"));
            assertThat(browser.driver().getTitle()).isNotBlank().doesNotContain("404");
        }
    }
}
