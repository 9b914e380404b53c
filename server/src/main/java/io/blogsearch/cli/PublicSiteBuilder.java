package io.blogsearch.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the folder {@code serve --public} serves when it does not exist yet, with Hugo if installed: the demo and a
 * preview then need one command. Never touches an existing folder; without Hugo the search still works.
 */
final class PublicSiteBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(PublicSiteBuilder.class);
    private static final long TIMEOUT_SECONDS = 180;

    private PublicSiteBuilder() {
    }

    /**
     * The folder to serve: {@code publicDir} when it exists or Hugo could build {@code site} into it, else empty
     * (with one warning saying why and what the result links do instead).
     */
    static Optional<Path> prepare(Path publicDir, Path site) {
        if (publicDir == null || Files.isDirectory(publicDir)) {
            return Optional.ofNullable(publicDir);
        }
        if (site == null) {
            LOG.warn("--public {} does not exist; serving the search only", publicDir);
            return Optional.empty();
        }
        Optional<Path> hugo = onPath("hugo");
        if (hugo.isEmpty()) {
            LOG.warn("--public {} does not exist and hugo is not installed to build it; serving the search only "
                    + "(result links open the site's baseURL)", publicDir);
            return Optional.empty();
        }
        return build(hugo.get(), site, publicDir);
    }

    private static Optional<Path> build(Path hugo, Path site, Path publicDir) {
        // baseURL "/" keeps the built pages' own links on this server, whatever host it is reached as.
        List<String> command = List.of(hugo.toString(), "--source", site.toAbsolutePath().toString(),
                "--destination", publicDir.toAbsolutePath().toString(), "--baseURL", "/", "--quiet");
        try {
            Path log = Files.createTempFile("blogsearch-hugo-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            String output = Files.readString(log, StandardCharsets.UTF_8).strip();
            Files.deleteIfExists(log);
            if (!finished) {
                process.destroyForcibly();
                LOG.warn("hugo did not build {} within {} s; serving the search only", site, TIMEOUT_SECONDS);
            } else if (process.exitValue() != 0 || !Files.isDirectory(publicDir)) {
                LOG.warn("hugo could not build {} ({}); serving the search only (result links open the site's "
                        + "baseURL)", site, output.lines().findFirst().orElse("exit " + process.exitValue()));
            } else {
                LOG.info("built {} with hugo into {}", site, publicDir);
                return Optional.of(publicDir);
            }
        } catch (IOException e) {
            LOG.warn("hugo could not be run ({}); serving the search only", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
