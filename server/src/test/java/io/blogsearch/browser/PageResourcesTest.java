package io.blogsearch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The page's files as the classpath holds them, checked without a browser: the weight budget, and that nothing in
 * them would need a relaxed Content-Security-Policy or could turn API text into markup.
 */
class PageResourcesTest {

    private static final long BUDGET_BYTES = 60 * 1024;
    private static final Pattern LINKED = Pattern.compile("(?:href|src)=\"/?([^\"]+\\.(?:css|js))\"");
    private static final Pattern IMPORTED = Pattern.compile("from '\\./([^']+\\.js)'");

    @Test
    void pageFilesTogetherStayUnderSixtyKilobytes() {
        Map<String, String> files = pageFiles();
        long total = files.values().stream().mapToLong(text -> text.getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf("page weight from the classpath: %d bytes in %d files %s%n", total, files.size(),
                files.keySet());

        assertThat(files).containsKeys("index.html", "app.css", "js/main.js");
        assertThat(total).isLessThan(BUDGET_BYTES);
    }

    /** Under {@code --base-path} the page lives in a folder such as /search/: no URL of its own may start at /. */
    @Test
    void pageAndScriptsUseOnlyUrlsRelativeToTheirFolder() {
        Map<String, String> files = pageFiles();
        assertThat(files.get("index.html")).doesNotContainPattern("(href|src|action)=\"/");
        assertThat(files).allSatisfy((name, text) -> assertThat(text).as(name)
                .doesNotContainPattern("['\"`]/(api|js|app\\.css|box\\.css)"));
        assertThat(resource("blogsearch.js")).doesNotContain(".origin :");
    }

    @Test
    void htmlHasNoInlineScriptsStylesOrHandlers() {
        String html = resource("index.html");

        assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        assertThat(html).doesNotContainPattern("\\sstyle=").doesNotContain("<style");
        assertThat(html).doesNotContainPattern("\\son[a-z]+=");
    }

    @Test
    void scriptsNeverParseApiTextAsMarkup() {
        Map<String, String> scripts = new LinkedHashMap<>(pageFiles());
        scripts.put("blogsearch.js", resource("blogsearch.js"));
        scripts.entrySet().removeIf(entry -> !entry.getKey().endsWith(".js"));

        assertThat(scripts).allSatisfy((name, code) -> assertThat(code).as(name)
                .doesNotContainPattern("\\.(innerHTML|outerHTML)\\s*\\+?=")
                .doesNotContain("insertAdjacentHTML", "document.write", "eval(", "new Function")
                .doesNotContainPattern("setAttribute\\(\\s*'(style|on[a-z]+)'"));
    }

    // index.html, the files it links, and every module those import, by path under /web.
    private static Map<String, String> pageFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("index.html", resource("index.html"));
        Deque<String> pending = new ArrayDeque<>();
        collect(LINKED.matcher(files.get("index.html")), "", pending);
        while (!pending.isEmpty()) {
            String path = pending.pop();
            if (files.containsKey(path)) {
                continue;
            }
            String text = resource(path);
            files.put(path, text);
            String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
            collect(IMPORTED.matcher(text), folder, pending);
        }
        return files;
    }

    private static void collect(Matcher matcher, String folder, Deque<String> into) {
        while (matcher.find()) {
            into.add(folder + matcher.group(1));
        }
    }

    private static String resource(String path) {
        try (InputStream in = PageResourcesTest.class.getResourceAsStream("/web/" + path)) {
            assertThat(in).as("classpath resource /web/" + path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
