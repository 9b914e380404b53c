package io.blogsearch.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Page records written from many threads at once come back whole, and the scratch file is gone when closed. */
class RecordSpillTest {

    @TempDir
    Path dir;

    @Test
    void recordsWrittenConcurrentlyComeBackAndTheFileGoes() throws Exception {
        List<String> paths = IntStream.range(0, 500).mapToObj(i -> "content/post/p" + i + ".md").toList();
        try (RecordSpill spill = RecordSpill.in(dir)) {
            paths.parallelStream().forEach(path -> spill.put(path, ("texts of " + path + " ü").repeat(40)
                    .getBytes(StandardCharsets.UTF_8)));
            assertThat(paths).allSatisfy(path -> assertThat(new String(spill.get(path), StandardCharsets.UTF_8))
                    .isEqualTo(("texts of " + path + " ü").repeat(40)));
            assertThat(spill.get("content/other.md")).isNull();
            try (var files = Files.list(dir)) {
                assertThat(files.toList()).hasSizeLessThanOrEqualTo(1); // unlinked at once where the system can
            }
        }
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).isEmpty();
        }
    }
}
