package io.blogsearch.browser;

import io.blogsearch.fixtures.TempDirs;
import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.fixtures.TestIndexes;
import io.blogsearch.fixtures.TestServer;
import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.server.ServerConfig;
import io.blogsearch.testing.RequiredResources;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A Japanese reader on a site in three languages: the page searches Japanese first, and can search them all. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageScopeBrowserIT {

    private Path dir;
    private TestServer server;
    private ForeignSite blog;
    private Browser browser;
    private SearchPage page;

    @BeforeAll
    void start() throws Exception {
        RequiredResources.browser();
        dir = TempDirs.deletedAtExit("blogsearch-languages-");
        TestIndexes.write(dir.resolve("index"), List.of(
                page("en", "en/a.md", "Tracing in the garden", "2024-05-03"),
                page("en", "en/b.md", "Collecting traces", "2024-05-02"),
                page("ja", "ja/a.md", "庭のトレース", "2024-05-01"),
                page("de", "de/a.md", "Spuren im Garten", "2024-04-30"),
                page("ar", "ar/a.md", "تقليم الأشجار في الحديقة", "2024-04-29")));
        blog = ForeignSite.start();
        blog.pageLanguage("ja-JP");
        server = TestServer.start(dir.resolve("index"),
                ServerConfig.forTests().withCorsOrigins(List.of(blog.origin())), null);
        blog.pointAt(server.base());
        browser = Browser.start(1280, 1000, "ja,en");
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
        if (blog != null) {
            blog.close();
        }
    }

    @Test
    void theBoxSearchesTheHostPagesLanguageAndOffersAllLanguages() {
        browser.driver().get(blog.origin() + "/");
        WebElement input = browser.driver().findElement(By.id("search"));
        browser.waitAtMost(SearchPage.PATIENCE).until(d -> "combobox".equals(input.getAttribute("role")));
        input.sendKeys("garten");
        WebElement list = browser.driver().findElement(By.id(input.getAttribute("aria-controls")));
        // The host page is ja-JP: the site's ja pages are searched, and the German page holding the word is not shown.
        browser.waitAtMost(SearchPage.PATIENCE).until(d -> list.getText().contains("No results"));
        WebElement every = list.findElement(By.cssSelector("[data-action=all-languages]"));
        assertThat(list.findElement(By.cssSelector(".blogsearch-all a, a.blogsearch-option[href*='lang=ja']"))
                .getAttribute("href")).contains("lang=ja");
        every.click();
        browser.waitAtMost(SearchPage.PATIENCE).until(d -> list.getText().contains("Spuren im Garten"));
        assertThat(list.findElements(By.cssSelector("[data-action=all-languages]"))).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void searchesTheReadersLanguageFirstAndSwitchesToAllLanguages() {
        page.open("");
        browser.waitAtMost(SearchPage.PATIENCE).until(d -> "lang=ja".equals(page.answered()));
        assertThat(page.titles()).containsExactly("庭のトレース");
        assertThat(cardLanguages()).containsOnly("ja");
        WebElement scope = browser.driver().findElement(By.id("lang-scope"));
        assertThat(scope.isDisplayed()).isTrue();
        assertThat(scope.getText()).contains("only");
        browser.screenshot("language-scope-ja");

        scope.findElement(By.cssSelector("button[data-lang=all]")).click();
        browser.waitAtMost(SearchPage.PATIENCE).until(d -> "lang=all".equals(page.answered()));
        assertThat(page.titles()).hasSize(5);
        assertThat(cardLanguages()).contains("en", "ja", "de");
        assertThat(page.currentUrl()).contains("lang=all");
        assertThat(browser.driver().findElement(By.id("lang-scope")).getText()).contains("all languages");

        // A reload keeps every language: the reader's choice, not the default, is in the URL.
        browser.driver().navigate().refresh();
        browser.waitAtMost(SearchPage.PATIENCE).until(d -> "lang=all".equals(page.answered()));
        assertThat(page.titles()).hasSize(5);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aLangParameterWinsOverTheReadersLanguage() {
        page.open("?lang=de");
        browser.waitAtMost(SearchPage.PATIENCE).until(d -> "lang=de".equals(page.answered()));
        assertThat(page.titles()).containsExactly("Spuren im Garten");
    }

    @Test
    void theBoxLeavesAnInputMethodsUnconfirmedTextAndKeysToIt() throws Exception {
        browser.driver().get(blog.origin() + "/");
        WebElement input = browser.driver().findElement(By.id("search"));
        browser.waitAtMost(SearchPage.PATIENCE).until(d -> "combobox".equals(input.getAttribute("role")));
        WebElement list = browser.driver().findElement(By.id(input.getAttribute("aria-controls")));
        input.click();
        compose("にわ");
        pressEnter(); // picks the input method's candidate: the reader stays on the page
        Thread.sleep(500); // past the box's 100 ms pause before it searches
        assertThat(list.isDisplayed()).as("unconfirmed kana are not searched").isFalse();
        assertThat(browser.driver().getCurrentUrl()).startsWith(blog.origin());

        confirm("庭");
        browser.waitAtMost(SearchPage.PATIENCE).until(d -> list.getText().contains("庭のトレース"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void thePageSearchesTheWordsAnInputMethodConfirms() throws Exception {
        page.open("?lang=ja");
        page.input().click();
        compose("にわ");
        pressEnter();
        Thread.sleep(500); // past the page's pause before it searches
        assertThat(page.answered()).isEqualTo("lang=ja");
        confirm("庭");
        browser.waitAtMost(SearchPage.PATIENCE).until(d -> page.answered() != null && page.answered().contains("q="));
        assertThat(page.input().getAttribute("value")).isEqualTo("庭");
        assertThat(page.titles()).as(page.answered()).containsExactly("庭のトレース");
    }

    @Test
    void aRightToLeftPageIsShownRightToLeftBesideTheOthers() {
        page.open("?lang=all");
        browser.waitAtMost(SearchPage.PATIENCE).until(d -> "lang=all".equals(page.answered()));
        List<String> directions = page.cards().stream().map(card -> card.findElement(By.cssSelector("h3")))
                .map(title -> title.getCssValue("direction")).toList();
        List<String> languages = cardLanguages();
        assertThat(directions.get(languages.indexOf("ar"))).isEqualTo("rtl");
        assertThat(directions.get(languages.indexOf("de"))).isEqualTo("ltr");
        page.input().sendKeys("الحديقة");
        assertThat(page.input().getCssValue("direction")).isEqualTo("rtl");
    }

    /** Types {@code text} as an input method's unconfirmed composition, as a reader typing kana or pinyin does. */
    private void compose(String text) {
        browser.driver().executeCdpCommand("Input.imeSetComposition",
                Map.of("text", text, "selectionStart", text.length(), "selectionEnd", text.length()));
    }

    /** Confirms the composition as {@code text}: the candidate the reader picked. */
    private void confirm(String text) {
        browser.driver().executeCdpCommand("Input.insertText", Map.of("text", text));
    }

    private void pressEnter() {
        for (String type : List.of("rawKeyDown", "char", "keyUp")) {
            browser.driver().executeCdpCommand("Input.dispatchKeyEvent", Map.of("type", type, "key", "Enter",
                    "code", "Enter", "text", "\r", "windowsVirtualKeyCode", 13, "nativeVirtualKeyCode", 13));
        }
    }

    private List<String> cardLanguages() {
        return page.cards().stream().map(card -> card.getAttribute("lang")).toList();
    }

    private static Page page(String lang, String path, String title, String date) {
        String file = "content/" + path;
        return new Page(file, "hash-" + path, PageKind.POST, title, null, List.of("Jo Writer"),
                Instant.parse(date + "T08:00:00Z"), null, Map.of("tags", List.of()),
                "https://blog.example.org/" + path.replace(".md", "/"), List.of(), title, List.of(), List.of(),
                List.of(), List.of(), null, Map.of(), lang);
    }
}
