package io.blogsearch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** The search page in headless Chromium against a real server over the sample blog. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageBrowserIT {

    private Browser browser;
    private SearchPage page;

    @BeforeAll
    void startBrowser() {
        String base = LiveSearchServer.get().baseUrl();
        browser = Browser.start(1280, 1000);
        page = new SearchPage(browser, base);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void unblockNetwork() {
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
    }

    @Test
    void typingScisShowsAQuoteCardWithItsSpeakerWithinOneSecond() {
        page.open("");
        long start = System.nanoTime();
        page.input().sendKeys("scis");
        WebElement card = browser.waitAtMost(Duration.ofSeconds(1))
                .until(d -> "q=scis".equals(page.answered()) ? page.quoteCardBy("Hannah Okonkwo").orElse(null) : null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("quote card with its speaker shown " + millis + " ms after typing \"scis\"");

        assertThat(card.findElement(By.cssSelector(".quote-text")).getText()).containsIgnoringCase("scissors");
        assertThat(card.findElements(By.cssSelector(".quote-text mark"))).isNotEmpty();
        browser.screenshot("quote-card", card);
    }

    @Test
    void clickingASpeakerFacetUpdatesResultsAndUrlAndBackRestoresThem() {
        page.open("");
        List<String> titlesBefore = page.titles();
        long totalBefore = page.total();
        String urlBefore = page.currentUrl();
        WebElement rarest = page.facetBoxes("speaker").stream()
                .min(Comparator.comparingLong(box -> count(box)))
                .orElseThrow();
        String speaker = rarest.getAttribute("data-value");
        long speakerCount = count(rarest);
        assertThat(speakerCount).isLessThan(totalBefore);
        browser.screenshot("results-with-facets");

        browser.driver().findElement(By.cssSelector("label[for='" + rarest.getAttribute("id") + "']")).click();
        browser.waitAtMost(SearchPage.PATIENCE).until(d -> page.answered() != null
                && page.answered().contains("speaker="));

        // The status counts results (posts with their entities folded in), the facet matching entities: at most it.
        assertThat(page.total()).isPositive().isLessThanOrEqualTo(speakerCount);
        assertThat(page.currentUrl()).contains("speaker=");
        assertThat(URLDecoder.decode(page.currentUrl(), StandardCharsets.UTF_8)
                .replace('+', ' ')).contains("speaker=" + speaker);
        assertThat(browser.driver().findElement(By.id("chips")).getText()).contains(speaker);
        assertThat(page.titles()).isNotEqualTo(titlesBefore);
        browser.screenshot("results-speaker-selected");

        browser.driver().navigate().back();
        page.awaitAnswer("", SearchPage.PATIENCE);
        assertThat(page.total()).isEqualTo(totalBefore);
        assertThat(page.currentUrl()).isEqualTo(urlBefore);
        assertThat(page.titles()).isEqualTo(titlesBefore);
        assertThat(browser.driver().findElement(By.id("chips")).getText()).isEmpty();
    }

    @Test
    void aLinkWithQueryAndFiltersReproducesTheSearch() {
        page.open("?q=scissors&type=quote");

        assertThat(page.input().getAttribute("value")).isEqualTo("scissors");
        assertThat(browser.driver().findElement(By.id("chips")).getText()).contains("Type:").contains("quote");
        assertThat(page.cards()).isNotEmpty().allSatisfy(card -> assertThat(card.getAttribute("class"))
                .contains("card-quote"));
        assertThat(page.facetBoxes("type").stream().filter(WebElement::isSelected)
                .map(box -> box.getAttribute("data-value"))).containsExactly("quote");
    }

    @Test
    void arrowKeysAndEnterOpenTheChosenResult() {
        page.open("");
        page.input().sendKeys("kubernetes");
        page.awaitAnswer("q=kubernetes", SearchPage.PATIENCE);
        assertThat(page.cards()).hasSizeGreaterThanOrEqualTo(2);

        page.input().sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_UP);
        WebElement active = browser.driver().findElement(By.cssSelector("#results .card.active"));
        assertThat(active.getAttribute("id")).isEqualTo(page.cards().get(1).getAttribute("id"));
        assertThat(page.input().getAttribute("aria-activedescendant")).isEqualTo(active.getAttribute("id"));
        String target = active.getAttribute("data-url");

        page.input().sendKeys(Keys.ENTER);
        browser.waitAtMost(SearchPage.PATIENCE).until(d -> page.currentUrl().equals(target));
    }

    @Test
    void slashFocusesTheSearchBoxAndEscapeClearsIt() {
        page.open("?q=rust");
        browser.driver().executeScript("document.activeElement.blur();");
        new Actions(browser.driver()).sendKeys("/").perform();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("q");

        page.input().sendKeys(Keys.ESCAPE);
        page.awaitAnswer("", SearchPage.PATIENCE);
        assertThat(page.input().getAttribute("value")).isEmpty();
        assertThat(page.currentUrl()).doesNotContain("q=");
    }

    @Test
    void talkCardsShowSpeakersWithRoleAndOrganisation() {
        page.open("?type=talk");
        Assumptions.assumeTrue(page.total() > 0, "the index holds no talks (talk detection not wired into index)");

        WebElement card = page.cards().get(0);
        assertThat(card.getAttribute("class")).contains("card-talk");
        assertThat(card.findElements(By.cssSelector(".speakers li"))).isNotEmpty()
                .allSatisfy(speaker -> assertThat(speaker.getText()).contains(", "));
        browser.screenshot("talk-card", card);
    }

    @Test
    void sortOrderIsChosenOnThePageAndKeptInTheUrl() {
        page.open("?q=kubernetes");
        new Select(browser.driver().findElement(By.id("sort"))).selectByValue("oldest");
        page.awaitAnswer("q=kubernetes&sort=oldest", SearchPage.PATIENCE);
        assertThat(page.currentUrl()).endsWith("?q=kubernetes&sort=oldest");

        browser.driver().navigate().refresh();
        page.awaitAnswer("q=kubernetes&sort=oldest", SearchPage.PATIENCE);
        assertThat(new Select(browser.driver().findElement(By.id("sort"))).getFirstSelectedOption().getText())
                .isEqualTo("oldest first");
    }

    @Test
    void pageRunsUnderTheServersContentSecurityPolicyWithoutConsoleErrors() {
        browser.consoleErrors();
        page.open("?q=figure");
        page.input().sendKeys(" diagram");
        page.awaitAnswer("q=figure+diagram", SearchPage.PATIENCE);
        browser.driver().findElements(By.cssSelector("#results .card-figure")).stream().findFirst()
                .ifPresent(figure -> {
                    // The sample blog's host does not resolve here, so the thumbnail falls back to its placeholder.
                    browser.waitAtMost(SearchPage.PATIENCE).until(d -> !figure.findElements(
                            By.cssSelector(".thumb-missing")).isEmpty());
                    browser.screenshot("figure-card", figure);
                });
        browser.driver().findElement(By.cssSelector("#facets input[type=checkbox]")).click();
        browser.waitAtMost(SearchPage.PATIENCE).until(d -> page.answered() != null
                && !page.answered().equals("q=figure+diagram"));

        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void showsTipsWhenNothingMatches() {
        page.open("?q=qqxqzzv+wwvqj");

        assertThat(page.visible("empty")).isTrue();
        assertThat(browser.driver().findElement(By.id("empty")).getText()).contains("Remove a filter");
        assertThat(page.cards()).isEmpty();
    }

    @Test
    void loadMoreAppendsTheNextPage() {
        page.open("");
        List<String> first = page.titles();
        assertThat(first).hasSize(10);

        browser.driver().findElement(By.id("more")).click();
        browser.waitAtMost(SearchPage.PATIENCE).until(d -> page.cards().size() > 10);
        assertThat(page.titles().subList(0, 10)).isEqualTo(first);
        assertThat(page.titles().subList(10, page.titles().size())).doesNotContainAnyElementsOf(first);
    }

    @Test
    void aFigureCardsMoreInThisPostSitsUnderItsTextClearOfTheBadge() {
        page.open("?q=borrow%20graph");
        WebElement figure = page.cards().stream()
                .filter(card -> card.getAttribute("class").contains("card-figure"))
                .filter(card -> !card.findElements(By.cssSelector("button.more-in-post")).isEmpty())
                .findFirst().orElseThrow();
        Rectangle badge = figure.findElement(By.cssSelector(".badge")).getRect();
        Rectangle more = figure.findElement(By.cssSelector("button.more-in-post")).getRect();
        Rectangle title = figure.findElement(By.cssSelector("h3 .card-link")).getRect();

        assertThat(overlap(badge, more)).as("badge %s and more %s overlap", text(badge), text(more)).isFalse();
        assertThat(overlap(badge, title)).as("badge %s and title %s overlap", text(badge), text(title)).isFalse();
        assertThat(more.getY()).isGreaterThanOrEqualTo(title.getY() + title.getHeight());
        assertThat(more.getX()).isEqualTo(title.getX());
    }

    private static String text(Rectangle r) {
        return r.getWidth() + "x" + r.getHeight() + "+" + r.getX() + "+" + r.getY();
    }

    private static boolean overlap(Rectangle a, Rectangle b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    @Test
    void moreInThisPostOpensThatPostsOtherHitsAndBackFoldsThemAgain() {
        page.open("");
        List<String> titlesBefore = page.titles();
        WebElement first = page.cards().stream()
                .filter(card -> !card.findElements(By.cssSelector("button.more-in-post")).isEmpty())
                .findFirst().orElseThrow();
        String postUrl = first.getAttribute("data-url").replaceFirst("#.*$", "");
        String postTitle = first.findElement(By.cssSelector(".card-link")).getText();
        int more = Integer.parseInt(first.findElement(By.cssSelector("button.more-in-post")).getText()
                .replaceAll("\\D+", " ").trim().split(" ")[0]);

        first.findElement(By.cssSelector("button.more-in-post")).click();
        browser.waitAtMost(SearchPage.PATIENCE).until(d -> page.answered() != null
                && page.answered().contains("post="));

        assertThat(page.currentUrl()).contains("post=");
        assertThat(page.cards()).hasSizeGreaterThanOrEqualTo(Math.min(more + 1, 10));
        assertThat(page.cards()).allSatisfy(card -> assertThat(card.getAttribute("data-url")).startsWith(postUrl));
        assertThat(browser.driver().findElement(By.id("chips")).getText()).contains("In post:").contains(postTitle);
        assertThat(browser.driver().findElements(By.cssSelector("button.more-in-post"))).isEmpty();
        browser.screenshot("more-in-post-opened");

        browser.driver().navigate().back();
        page.awaitAnswer("", SearchPage.PATIENCE);
        assertThat(page.titles()).isEqualTo(titlesBefore);
        assertThat(browser.driver().findElement(By.id("chips")).getText()).isEmpty();
    }

    @Test
    void aSpeakerSuggestionBecomesAFilter() {
        page.open("");
        page.input().sendKeys("hann");
        WebElement suggestion = browser.waitAtMost(SearchPage.PATIENCE).until(d -> d.findElements(
                By.cssSelector("#suggestions button.suggestion")).stream()
                .filter(b -> b.getText().contains("Hannah Okonkwo")).findFirst().orElse(null));
        browser.screenshot("suggestions");

        suggestion.click();
        browser.waitAtMost(SearchPage.PATIENCE).until(d -> page.answered() != null
                && page.answered().contains("speaker=Hannah+Okonkwo"));
        assertThat(browser.driver().findElement(By.id("chips")).getText()).contains("Hannah Okonkwo");
        assertThat(page.input().getAttribute("value")).isEmpty();
    }

    @Test
    void htmlInAPostIsShownAsTextAndNothingRuns() {
        page.open("");
        // Any script that ran would call alert or set this flag; the page's own code never does either.
        browser.driver().executeScript("window.__xss = undefined; window.alert = () => { window.__xss = 'alert'; };");
        page.input().sendKeys("onerror alert");
        page.awaitAnswer("q=onerror+alert", SearchPage.PATIENCE);
        WebElement card = browser.waitAtMost(SearchPage.PATIENCE).until(d -> page.cards().stream()
                .filter(c -> c.getText().contains("<img src=x onerror=alert(1)>")
                        || c.getText().contains("<script>alert(1)</script>"))
                .findFirst().orElse(null));

        assertThat(card.findElements(By.cssSelector("script, img, [onerror]"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#results script, #results [onerror]"))).isEmpty();
        assertThat(browser.driver().executeScript("return typeof window.__xss")).isEqualTo("undefined");
        assertThat(noAlertOpen()).isTrue();
        browser.screenshot("escaped-html", card);
    }

    @Test
    void showsAnErrorStateWhenTheServerIsUnreachable() {
        page.open("");
        browser.driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/api/*")));
        page.input().sendKeys("rust");

        browser.waitAtMost(SearchPage.PATIENCE).until(d -> page.visible("error"));
        assertThat(browser.driver().findElement(By.id("error")).getText()).contains("cannot be reached");
        assertThat(page.cards()).isEmpty();
    }

    @Test
    void fitsAPhoneWidthWithoutSideways() {
        try (Browser phone = Browser.start(375, 812)) {
            SearchPage small = new SearchPage(phone, LiveSearchServer.get().baseUrl());
            small.open("?q=scissors");
            assertThat(small.cards()).isNotEmpty();
            Long overflow = (Long) phone.driver().executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).isLessThanOrEqualTo(0L);
            assertThat(phone.driver().findElement(By.id("facets")).isDisplayed()).isFalse();
            phone.screenshot("phone-375");

            phone.driver().findElement(By.id("filters-toggle")).click();
            assertThat(phone.driver().findElement(By.id("facets")).isDisplayed()).isTrue();
            phone.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            phone.screenshot("phone-375-dark-filters");
        }
    }

    private boolean noAlertOpen() {
        try {
            browser.driver().switchTo().alert();
            return false;
        } catch (NoAlertPresentException e) {
            return true;
        }
    }

    private static long count(WebElement box) {
        String label = box.findElement(By.xpath("following-sibling::label//span[@class='count']")).getText();
        return Long.parseLong(label.trim());
    }
}
