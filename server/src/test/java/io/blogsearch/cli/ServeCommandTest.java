package io.blogsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ServeCommandTest {

    @Test
    void helpNamesEveryOptionWithItsEnvironmentVariable() {
        StringWriter out = new StringWriter();
        int exit = BlogsearchCommand.commandLine().setOut(new PrintWriter(out)).execute("serve", "--help");
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("--index", "BLOGSEARCH_INDEX", "--port", "BLOGSEARCH_PORT", "--site",
                "BLOGSEARCH_SITE", "--watch", "--admin-token", "BLOGSEARCH_ADMIN_TOKEN", "--cors-origin",
                "BLOGSEARCH_CORS_ORIGINS", "--host", "--time-budget-ms");
    }

    @Test
    void refusesWatchWithoutSite() {
        StringWriter err = new StringWriter();
        int exit = BlogsearchCommand.commandLine().setErr(new PrintWriter(err))
                .execute("serve", "--index", "target/nowhere", "--watch");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--watch needs --site");
    }
}
