package io.blogsearch.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * When the server also serves the built site ({@code --public}), links into the blog's own URL (its Hugo
 * {@code baseURL}, or {@code --site-url}) are answered root-relative, so results and thumbnails open the pages served
 * here instead of the live blog (which, for a demo or a preview, may not exist).
 */
final class LocalLinks extends StdSerializer<String> {

    private static final long serialVersionUID = 1L;

    private final String siteUrl;

    private LocalLinks(String siteUrl) {
        super(String.class);
        this.siteUrl = siteUrl;
    }

    /** Makes {@code mapper} write the blog's links root-relative when {@code config} serves the built site. */
    static void register(ObjectMapper mapper, ServerConfig config) {
        String siteUrl = rewrittenPrefix(config);
        if (siteUrl != null) {
            mapper.registerModule(new SimpleModule("local-links").addSerializer(String.class, new LocalLinks(siteUrl)));
        }
    }

    /** {@code url} as the API writes it under {@code config}. */
    static String localized(String url, ServerConfig config) {
        String prefix = rewrittenPrefix(config);
        return prefix == null || url == null ? url : rewrite(url, prefix);
    }

    @Override
    public void serialize(String value, JsonGenerator out, SerializerProvider provider) throws IOException {
        out.writeString(rewrite(value, siteUrl));
    }

    /** The absolute site URL (ending in {@code /}) whose links become local, or null when none are. */
    private static String rewrittenPrefix(ServerConfig config) {
        String url = config.branding().url();
        if (config.publicDir() == null || url == null || !url.matches("(?i)https?://[^/]+(/.*)?")) {
            return null;
        }
        return url.endsWith("/") ? url : url + "/";
    }

    private static String rewrite(String value, String prefix) {
        // Only whole links: a snippet or a title merely mentioning the URL does not start with it.
        return value.startsWith(prefix) ? "/" + value.substring(prefix.length()) : value;
    }
}
