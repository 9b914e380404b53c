package io.blogsearch.browser;

import org.junit.jupiter.api.Assumptions;

/** Stand-in until the server (SearchApp) is on main: the browser tests then need a running server's URL. */
final class SampleBlogServer {

    private SampleBlogServer() {
    }

    /** Aborts: there is no in-process server to start yet; pass -Dblogsearch.browser.baseUrl=… instead. */
    static String start(String corsOrigin) {
        Assumptions.abort("no in-process blogsearch server on this branch yet; "
                + "run with -Dblogsearch.browser.baseUrl=http://host:port");
        return "";
    }
}
