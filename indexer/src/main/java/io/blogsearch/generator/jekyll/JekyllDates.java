package io.blogsearch.generator.jekyll;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * The zone a Jekyll front matter {@code date} without an offset is read in. Ruby's YAML reads an unquoted timestamp
 * with seconds ({@code date: 2020-03-04 23:30:00}) as UTC before Jekyll shows it in the site's {@code timezone}; a
 * quoted one, a bare day or a time without seconds is a string that Jekyll reads in {@code timezone} itself.
 */
final class JekyllDates {

    /** YAML 1.1's timestamp with a time and no zone, as Ruby's YAML reads one. */
    private static final Pattern YAML_TIMESTAMP = Pattern.compile(
            "-?\\d{4}-\\d{1,2}-\\d{1,2}(?:[Tt]|[ \\t]+)\\d{1,2}:\\d\\d:\\d\\d(?:\\.\\d*)?");
    private static final Pattern QUOTED_DATE = Pattern.compile("date:\\s*['\"].*");

    private JekyllDates() {
    }

    /** UTC for an unquoted YAML timestamp without a zone in the file's front matter, else the site's zone. */
    static ZoneId zoneOf(JsonNode date, Path file, ZoneId siteZone) {
        if (date == null || !date.isTextual() || !YAML_TIMESTAMP.matcher(date.asText().strip()).matches()) {
            return siteZone;
        }
        return quotedInFile(file) ? siteZone : ZoneOffset.UTC;
    }

    /** Whether the file's front matter writes its {@code date} in quotes (a default's date is YAML, unquoted). */
    private static boolean quotedInFile(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            while ((line = reader.readLine()) != null && !line.startsWith("---")) {
                if (QUOTED_DATE.matcher(line).matches()) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false; // unreadable here means unread by the parser too; the date then is the YAML's
        }
        return false;
    }
}
