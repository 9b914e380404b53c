package io.blogsearch.source;

import java.util.HashMap;
import java.util.Map;

/** Which config file set each top-level key, so a notice names the file a user must look at. */
final class ConfigOrigins {

    private final Map<String, String> files = new HashMap<>();

    void record(String key, String file) {
        files.put(key, file);
    }

    /** The file that set this top-level key last, or {@code site config} when unknown. */
    String of(String key) {
        return files.getOrDefault(key, "site config");
    }
}
