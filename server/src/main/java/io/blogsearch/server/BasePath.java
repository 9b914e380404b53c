package io.blogsearch.server;

import java.util.regex.Pattern;

/** The path prefix the server lives under behind a reverse proxy, e.g. {@code /search}. */
public final class BasePath {

    // Plain path segments only: a prefix is compared and concatenated as text, so nothing may need decoding.
    private static final Pattern VALID = Pattern.compile("(/[A-Za-z0-9._~!$&'()*+,;=:@-]+)*");

    private BasePath() {
    }

    /**
     * {@code path} without trailing slashes and with one leading slash, {@code ""} for the root ({@code null},
     * {@code ""} or {@code /}); throws {@link IllegalArgumentException} naming what is wrong.
     */
    public static String normalize(String path) {
        if (path == null) {
            return "";
        }
        String trimmed = path.strip().replaceAll("/+$", "");
        if (trimmed.isEmpty()) {
            return "";
        }
        if (!trimmed.startsWith("/")) {
            trimmed = "/" + trimmed;
        }
        if (!VALID.matcher(trimmed).matches() || trimmed.contains("//")
                || trimmed.matches(".*/\\.{1,2}(/.*)?")) {
            throw new IllegalArgumentException("base path must be plain path segments like /search, not '" + path
                    + "'");
        }
        return trimmed;
    }
}
