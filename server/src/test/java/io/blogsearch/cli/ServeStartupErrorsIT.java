package io.blogsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.fixtures.CommandProcess;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code blogsearch serve} prints when it cannot start, run as its own process: one line on stderr naming the
 * reason and the documented exit code (1 cannot start, 2 usage error); the stack trace only with {@code --debug}.
 */
class ServeStartupErrorsIT {

    private static final Duration EXIT = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    @Test
    void busyPortIsOneLineAndExitCodeOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             CommandProcess serve = CommandProcess.java("serve", "--index", temp.resolve("index").toString(),
                     "--port", String.valueOf(taken.getLocalPort()))) {
            assertThat(serve.exitCode(EXIT)).isEqualTo(1);
            assertThat(serve.stderrLines()).containsExactly("blogsearch serve: cannot start: port "
                    + taken.getLocalPort() + " on 127.0.0.1 is already in use or cannot be bound; stop what uses it "
                    + "or choose another with --port");
        }
    }

    @Test
    void indexThatIsAFileIsOneLineAndExitCodeOne() throws Exception {
        Path file = Files.writeString(temp.resolve("not-an-index.txt"), "hello");
        try (CommandProcess serve = CommandProcess.java("serve", "--index", file.toString(), "--port", "0")) {
            assertThat(serve.exitCode(EXIT)).isEqualTo(1);
            assertThat(serve.stderrLines())
                    .containsExactly("blogsearch serve: cannot start: --index " + file + " is not a folder");
        }
    }

    @Test
    void brokenIndexIsOneLineAndExitCodeOne() throws Exception {
        Path index = Files.createDirectories(temp.resolve("broken"));
        Files.writeString(index.resolve("segments_1"), "this is no Lucene commit point");
        try (CommandProcess serve = CommandProcess.java("serve", "--index", index.toString(), "--port", "0")) {
            assertThat(serve.exitCode(EXIT)).isEqualTo(1);
            List<String> lines = serve.stderrLines();
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0)).startsWith("blogsearch serve: cannot start: --index " + index
                    + " holds no readable index (").endsWith("remove it and run blogsearch index again");
        }
    }

    @Test
    void badFlagIsOneLineAndExitCodeTwo() throws Exception {
        try (CommandProcess serve = CommandProcess.java("serve", "--index", temp.toString(), "--base-path",
                "/search/../admin")) {
            assertThat(serve.exitCode(EXIT)).isEqualTo(2);
            assertThat(serve.stderrLines()).hasSize(1);
            assertThat(serve.stderrLines().get(0)).startsWith("blogsearch serve: --base-path: ")
                    .endsWith("(see blogsearch serve --help)");
        }
        try (CommandProcess serve = CommandProcess.java("serve", "--index", temp.toString(), "--port", "seventy")) {
            assertThat(serve.exitCode(EXIT)).isEqualTo(2);
            assertThat(serve.stderrLines()).hasSize(1);
            assertThat(serve.stderrLines().get(0)).startsWith("blogsearch serve: ").contains("--port", "seventy");
        }
    }

    @Test
    void debugAddsTheStackTrace() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             CommandProcess serve = CommandProcess.java("serve", "--debug", "--index",
                     temp.resolve("index").toString(), "--port", String.valueOf(taken.getLocalPort()))) {
            assertThat(serve.exitCode(EXIT)).isEqualTo(1);
            List<String> lines = serve.stderrLines();
            assertThat(lines.get(0)).startsWith("blogsearch serve: cannot start: port ");
            assertThat(lines).anyMatch(line -> line.strip().startsWith("at io.blogsearch."));
        }
    }
}
