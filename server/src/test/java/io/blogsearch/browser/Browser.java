package io.blogsearch.browser;

import io.blogsearch.fixtures.TempDirs;
import io.blogsearch.testing.RequiredResources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by its own ChromeDriver (never Selenium Manager, which would try to download
 * one), with a fresh profile and every background connection off: this machine's network is closed.
 */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = RequiredResources.projectRoot().resolve("server/target/screenshots");

    private static final String SAMPLE_BLOG_ORIGIN = "https://blog.example.org/";

    private final Path profile;
    private final ChromeDriver driver;

    private Browser(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** Starts Chromium at the given window size; skips (or fails in CI) when it is not installed. */
    static Browser start(int width, int height) {
        return start(width, height, null);
    }

    /** As above, for a reader whose browser prefers {@code languages} (e.g. {@code ja,en}); null: Chromium's own. */
    static Browser start(int width, int height, String languages) {
        RequiredResources.BrowserBinaries binaries = RequiredResources.browser();
        try {
            Path profile = Files.createTempDirectory("blogsearch-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(binaries.chromium().toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                    "--window-size=" + width + "," + height);
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            if (languages != null) {
                options.addArguments("--lang=" + languages.split(",")[0]);
                options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(binaries.driver().toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(width, height));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
            return new Browser(profile, driver);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The driver. */
    ChromeDriver driver() {
        return driver;
    }

    /** A wait of at most the given time, polling often so timings stay meaningful. */
    WebDriverWait waitAtMost(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, Duration.ofMillis(20));
        // The page re-renders its results on every answer, so an element read a moment ago may be gone.
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Saves the window as {@code server/target/screenshots/<name>.png} and returns the file. */
    Path screenshot(String name) {
        return save(name, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** Saves one element's area as {@code server/target/screenshots/<name>.png}. */
    Path screenshot(String name, WebElement element) {
        return save(name, element.getScreenshotAs(OutputType.BYTES));
    }

    private static Path save(String name, byte[] png) {
        try {
            Files.createDirectories(SCREENSHOTS);
            return Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Errors the page logged to the console since the last call (CSP violations, failed loads, exceptions), except
     * failed loads from the sample blog's own host, which does not exist here (its images show a placeholder).
     */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.startsWith(SAMPLE_BLOG_ORIGIN))
                .toList();
    }

    /** The WebDriver, for Selenium APIs that want the interface. */
    WebDriver web() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
        TempDirs.delete(profile);
    }
}
