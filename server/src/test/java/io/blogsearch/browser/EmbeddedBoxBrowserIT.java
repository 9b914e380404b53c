package io.blogsearch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The embeddable box on a plain page of another origin, calling the search server cross-origin. */
class EmbeddedBoxBrowserIT {

    @Test
    void showsResultsAsYouTypeOnAForeignPage() {
        LiveSearchServer server = LiveSearchServer.get();
        try (Browser browser = Browser.start(1100, 800)) {
            browser.driver().get(server.foreignSite().origin() + "/");
            WebElement input = browser.driver().findElement(By.id("search"));
            browser.waitAtMost(SearchPage.PATIENCE).until(d -> "combobox".equals(input.getAttribute("role")));
            input.sendKeys("scis");

            WebElement list = browser.driver().findElement(By.id(input.getAttribute("aria-controls")));
            browser.waitAtMost(Duration.ofSeconds(2)).until(d -> list.getText().contains("Hannah Okonkwo"));
            assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");
            List<WebElement> options = list.findElements(By.cssSelector("[role=option]"));
            assertThat(options.size()).isGreaterThanOrEqualTo(2);
            WebElement all = options.get(options.size() - 1);
            assertThat(all.getText()).startsWith("All results");
            assertThat(all.getAttribute("data-url")).isEqualTo(server.baseUrl() + "/?q=scis");
            assertThat(list.findElements(By.cssSelector("mark"))).isNotEmpty();

            input.sendKeys(Keys.ARROW_DOWN);
            assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(options.get(0).getAttribute("id"));
            browser.screenshot("embedded-box");

            input.sendKeys(Keys.ESCAPE);
            assertThat(list.isDisplayed()).isFalse();
            assertThat(input.getAttribute("value")).isEqualTo("scis");
            assertThat(browser.consoleErrors()).isEmpty();

            input.sendKeys(Keys.ARROW_DOWN);
            browser.waitAtMost(SearchPage.PATIENCE).until(d -> list.isDisplayed());
            input.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
            String chosen = browser.driver().findElement(By.id(input.getAttribute("aria-activedescendant")))
                    .getAttribute("data-url");
            input.sendKeys(Keys.ENTER);
            browser.waitAtMost(SearchPage.PATIENCE).until(d -> chosen.equals(d.getCurrentUrl()));
        }
    }
}
