package io.blogsearch.language;

import io.blogsearch.schema.LanguageAnalyzers;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * Every candidate language's stop words in one map, word to the set of candidates (bit i: the i-th candidate) that
 * list it: one look-up per word instead of one per language.
 *
 * <p>Reading the lists from Lucene loads some forty analyzer classes and parses as many files, which every build
 * that parses a page would pay. So the build writes the map once, as a resource beside this class ({@link #main}),
 * and a run reads that. Without the resource (classes run from an IDE), or when it was written for other
 * candidates, the map is built from Lucene's lists as the build does.
 */
public final class StopWordIndex {

    /** The resource, beside this class. */
    static final String RESOURCE = "stop-word-index.bin";
    /** Changes when the layout of the resource does. */
    private static final int LAYOUT = 1;

    private StopWordIndex() {
    }

    /** The map for {@code candidates}: from the resource when it was written for them, else from Lucene's lists. */
    static CharArrayMap<Long> of(List<String> candidates) {
        try (InputStream in = StopWordIndex.class.getResourceAsStream(RESOURCE)) {
            CharArrayMap<Long> read = in == null ? null : read(in, candidates);
            return read != null ? read : build(candidates);
        } catch (IOException e) {
            return build(candidates); // a damaged jar still detects languages, at the cost of reading the lists
        }
    }

    /** The map built from the stop words of each candidate's analyzer. */
    static CharArrayMap<Long> build(List<String> candidates) {
        if (candidates.size() > Long.SIZE) {
            throw new IllegalStateException("a bit set of languages holds " + Long.SIZE + " of them");
        }
        CharArrayMap<Long> index = new CharArrayMap<>(8_192, false);
        for (int i = 0; i < candidates.size(); i++) {
            long bit = 1L << i;
            for (Object word : LanguageAnalyzers.stopWords(candidates.get(i))) {
                char[] chars = (char[]) word;
                Long languages = index.get(chars, 0, chars.length);
                index.put(chars, languages == null ? bit : languages | bit);
            }
        }
        return index;
    }

    /**
     * Writes the map: the layout, the candidates in order (so a reader with other candidates knows the bits mean
     * something else), then each word with its bits.
     */
    static void write(CharArrayMap<Long> index, List<String> candidates, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
        data.writeInt(LAYOUT);
        data.writeInt(candidates.size());
        for (String candidate : candidates) {
            data.writeUTF(candidate);
        }
        data.writeInt(index.size());
        for (Map.Entry<Object, Long> entry : index.entrySet()) {
            data.writeUTF(new String((char[]) entry.getKey()));
            data.writeLong(entry.getValue());
        }
        data.flush();
    }

    /** The map {@link #write} wrote, or null when it was written in another layout or for other candidates. */
    static CharArrayMap<Long> read(InputStream in, List<String> candidates) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in));
        if (data.readInt() != LAYOUT) {
            return null;
        }
        List<String> written = new ArrayList<>();
        for (int i = data.readInt(); i > 0; i--) {
            written.add(data.readUTF());
        }
        if (!written.equals(candidates)) {
            return null;
        }
        int words = data.readInt();
        CharArrayMap<Long> index = new CharArrayMap<>(words, false);
        for (int i = 0; i < words; i++) {
            index.put(data.readUTF(), data.readLong());
        }
        return index;
    }

    /** The build step: writes the resource for the detector's candidates to the file {@code args[0]}. */
    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                write(build(TextLanguageDetector.CANDIDATES), TextLanguageDetector.CANDIDATES, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
