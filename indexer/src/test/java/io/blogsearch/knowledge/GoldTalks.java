package io.blogsearch.knowledge;

import io.blogsearch.knowledge.speaker.NameKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The hand-written gold lists under {@code src/test/resources/gold}: talks per post and quoted people. */
public final class GoldTalks {

    private GoldTalks() {
    }

    /**
     * One talk of the gold list.
     *
     * @param path     the post's path relative to the site root
     * @param title    the talk's title
     * @param speakers the speakers' canonical names
     */
    public record GoldTalk(String path, String title, List<String> speakers) {

        /** The key a detected talk must share: post and title, compared without case and punctuation. */
        public String key() {
            return keyOf(path, title);
        }
    }

    /** The key of a talk: its post and its title, without case and punctuation. */
    public static String keyOf(String path, String title) {
        return path + "|" + NameKey.of(title);
    }

    /** The talks of a TSV resource: path, title, speakers separated by "; "; lines starting with # are comments. */
    public static List<GoldTalk> talks(String resource) throws IOException {
        List<GoldTalk> talks = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] columns = line.split("\t", -1);
            List<String> speakers = columns[2].isBlank() ? List.of()
                    : Arrays.stream(columns[2].split(";")).map(String::trim).toList();
            talks.add(new GoldTalk(columns[0], columns[1], speakers));
        }
        return talks;
    }

    /** The non-comment, non-blank lines of a resource. */
    public static List<String> lines(String resource) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = GoldTalks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }
}
