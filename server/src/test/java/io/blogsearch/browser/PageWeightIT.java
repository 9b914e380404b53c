package io.blogsearch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page's own HTML, CSS and JavaScript stay under 60 KB uncompressed, as the browser loads them. */
class PageWeightIT {

    private static final long BUDGET_BYTES = 60 * 1024;

    @Test
    void pageHtmlCssAndJavaScriptStayUnderSixtyKilobytes() throws IOException, InterruptedException {
        String base = LiveSearchServer.get().baseUrl();
        List<String> urls = new ArrayList<>();
        try (Browser browser = Browser.start(1280, 900)) {
            new SearchPage(browser, base).open("");
            // Every same-origin file the page loaded except API answers and images: what the page itself weighs.
            @SuppressWarnings("unchecked")
            List<String> loaded = (List<String>) browser.driver().executeScript("""
                    return performance.getEntriesByType('resource').map(r => r.name).filter(name => {
                      const url = new URL(name);
                      return url.origin === location.origin && !url.pathname.startsWith('/api/')
                        && !/\\.(png|jpe?g|gif|webp|svg|ico)$/i.test(url.pathname);
                    });""");
            urls.add(base + "/");
            urls.addAll(loaded);
        }
        HttpClient client = HttpClient.newHttpClient();
        long total = 0;
        for (String url : urls) {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(url).isEqualTo(200);
            System.out.printf("page weight: %6d bytes  %s%n", response.body().length, url);
            total += response.body().length;
        }
        System.out.printf("page weight: %6d bytes in %d files (budget %d)%n", total, urls.size(), BUDGET_BYTES);

        assertThat(urls).anyMatch(url -> url.endsWith(".css")).anyMatch(url -> url.endsWith("main.js"));
        assertThat(total).isLessThan(BUDGET_BYTES);
    }
}
