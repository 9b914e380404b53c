package io.blogsearch.testing;

import io.blogsearch.state.Hashes;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Every live document of an index as one line of its stored fields and doc values, the lines sorted: two indexes
 * that hold the same entities give the same dump whatever order their documents were written in. Binary values are
 * shown by their hash. Run as a program ({@code IndexDump INDEX [OUT]}) to diff two builds by hand.
 */
public final class IndexDump {

    private IndexDump() {
    }

    /** The sorted lines of every live document of the last commit in {@code indexDir}. */
    public static List<String> of(Path indexDir) throws IOException {
        List<String> lines = new ArrayList<>();
        try (FSDirectory directory = FSDirectory.open(indexDir);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        lines.add(line(leaf.reader(), doc));
                    }
                }
            }
        }
        lines.sort(null);
        return lines;
    }

    private static String line(LeafReader reader, int doc) throws IOException {
        List<String> values = new ArrayList<>();
        Document stored = reader.storedFields().document(doc);
        for (IndexableField field : stored.getFields()) {
            BytesRef binary = field.binaryValue();
            String value = binary != null ? "#" + hash(binary) : String.valueOf(field.stringValue() != null
                    ? field.stringValue() : field.numericValue());
            values.add(field.name() + "=" + value);
        }
        for (FieldInfo info : reader.getFieldInfos()) {
            if (info.getDocValuesType() != DocValuesType.NONE) {
                docValues(reader, info, doc, values);
            }
        }
        values.sort(null);
        return String.join("\t", values).replace("\n", "\\n");
    }

    private static void docValues(LeafReader reader, FieldInfo info, int doc, List<String> values)
            throws IOException {
        String name = "dv:" + info.name + "=";
        switch (info.getDocValuesType()) {
            case NUMERIC -> {
                NumericDocValues dv = DocValues.getNumeric(reader, info.name);
                if (dv.advanceExact(doc)) {
                    values.add(name + dv.longValue());
                }
            }
            case SORTED_NUMERIC -> {
                SortedNumericDocValues dv = DocValues.getSortedNumeric(reader, info.name);
                if (dv.advanceExact(doc)) {
                    for (int i = 0; i < dv.docValueCount(); i++) {
                        values.add(name + dv.nextValue());
                    }
                }
            }
            case BINARY -> {
                BinaryDocValues dv = DocValues.getBinary(reader, info.name);
                if (dv.advanceExact(doc)) {
                    values.add(name + "#" + hash(dv.binaryValue()));
                }
            }
            case SORTED -> {
                SortedDocValues dv = DocValues.getSorted(reader, info.name);
                if (dv.advanceExact(doc)) {
                    values.add(name + dv.lookupOrd(dv.ordValue()).utf8ToString());
                }
            }
            case SORTED_SET -> {
                SortedSetDocValues dv = DocValues.getSortedSet(reader, info.name);
                if (dv.advanceExact(doc)) {
                    for (int i = 0; i < dv.docValueCount(); i++) {
                        values.add(name + dv.lookupOrd(dv.nextOrd()).utf8ToString());
                    }
                }
            }
            default -> { }
        }
    }

    private static String hash(BytesRef bytes) {
        byte[] copy = new byte[bytes.length];
        System.arraycopy(bytes.bytes, bytes.offset, copy, 0, bytes.length);
        return Hashes.sha256(copy).substring(0, 16);
    }

    /** Writes the dump of {@code args[0]} to {@code args[1]}, or to standard output. */
    public static void main(String[] args) throws IOException {
        List<String> lines = of(Path.of(args[0]));
        try (PrintStream out = args.length > 1 ? new PrintStream(args[1], StandardCharsets.UTF_8) : System.out) {
            lines.forEach(out::println);
        }
    }
}
