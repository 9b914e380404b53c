package io.blogsearch.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.junit.jupiter.api.Test;

class StopWordIndexTest {

    private static final List<String> CANDIDATES = TextLanguageDetector.CANDIDATES;

    @Test
    void theBuildsResourceHoldsWhatLucenesListsGive() throws IOException {
        CharArrayMap<Long> built = StopWordIndex.build(CANDIDATES);
        try (InputStream in = StopWordIndex.class.getResourceAsStream(StopWordIndex.RESOURCE)) {
            assertThat(in).as("the resource the build writes (mvn process-classes)").isNotNull();
            assertSameIndex(StopWordIndex.read(in, CANDIDATES), built);
        }
        assertSameIndex(StopWordIndex.of(CANDIDATES), built);
        // a word of several languages has a bit for each
        long languages = built.get("de");
        assertThat(Long.bitCount(languages)).isGreaterThan(1);
        assertThat(languages & 1L << CANDIDATES.indexOf("es")).isNotZero();
    }

    @Test
    void whatWasWrittenIsReadBack() throws IOException {
        List<String> candidates = List.of("en", "de");
        CharArrayMap<Long> index = new CharArrayMap<>(4, false);
        index.put("die", 3L);
        index.put("the", 1L);
        index.put("größe", 2L);

        assertSameIndex(StopWordIndex.read(written(index, candidates), candidates), index);
    }

    @Test
    void aResourceWrittenForOtherCandidatesIsNotRead() throws IOException {
        List<String> other = new ArrayList<>(CANDIDATES);
        Collections.swap(other, 0, 1);
        CharArrayMap<Long> index = StopWordIndex.build(other);

        assertThat(StopWordIndex.read(written(index, other), CANDIDATES)).isNull();
        assertThat(StopWordIndex.read(written(index, other), other)).isNotNull();
    }

    private static InputStream written(CharArrayMap<Long> index, List<String> candidates) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StopWordIndex.write(index, candidates, out);
        return new ByteArrayInputStream(out.toByteArray());
    }

    private static void assertSameIndex(CharArrayMap<Long> actual, CharArrayMap<Long> expected) {
        assertThat(actual).isNotNull();
        assertThat(actual.size()).isEqualTo(expected.size());
        for (Map.Entry<Object, Long> entry : expected.entrySet()) {
            char[] word = (char[]) entry.getKey();
            assertThat(actual.get(word, 0, word.length)).as(new String(word)).isEqualTo(entry.getValue());
        }
    }
}
