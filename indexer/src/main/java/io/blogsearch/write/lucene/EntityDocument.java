package io.blogsearch.write.lucene;

import io.blogsearch.schema.FacetDims;
import io.blogsearch.schema.Fields;
import io.blogsearch.schema.LanguageAnalyzers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/**
 * A small builder that knows how each kind of field of {@link Fields} is indexed, so the factories only say
 * what goes where. Blank values are skipped everywhere: a facet or stored field never holds an empty string.
 */
final class EntityDocument {

    /** Text that is tokenized, stored and indexed with offsets, so the highlighter needs no re-analysis. */
    private static final FieldType HIGHLIGHTED_TEXT = new FieldType(TextField.TYPE_STORED);

    /** The same indexing as {@link #HIGHLIGHTED_TEXT}, nothing stored: for the empty placeholders below. */
    private static final FieldType UNSTORED_HIGHLIGHTED_TEXT = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        HIGHLIGHTED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTED_TEXT.freeze();
        UNSTORED_HIGHLIGHTED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        UNSTORED_HIGHLIGHTED_TEXT.freeze();
    }

    /**
     * Every scored text field, with how it is indexed. A document without one gets it empty: no terms, but a norm,
     * so every field's norms are dense. Sparse norms (a field on only some documents: bodies missing from figures
     * and talks, speakers on few documents) cost a rank lookup per scored document, a quarter of the scoring time
     * of a common word on a large archive. Scores do not change: an empty field matches nothing and is not counted
     * in the field's document count.
     */
    private static final Map<String, FieldType> SCORED_TEXT = Map.ofEntries(
            Map.entry(Fields.TITLE, UNSTORED_HIGHLIGHTED_TEXT),
            Map.entry(Fields.TEXT, UNSTORED_HIGHLIGHTED_TEXT),
            Map.entry(Fields.DESCRIPTION, UNSTORED_HIGHLIGHTED_TEXT),
            Map.entry(Fields.TITLE_EXACT, TextField.TYPE_NOT_STORED),
            Map.entry(Fields.TITLE_PREFIX, TextField.TYPE_NOT_STORED),
            Map.entry(Fields.TEXT_EXACT, TextField.TYPE_NOT_STORED),
            Map.entry(Fields.CONTEXT, TextField.TYPE_NOT_STORED),
            Map.entry(Fields.SPEAKER_TEXT, TextField.TYPE_NOT_STORED),
            Map.entry(Fields.AUTHOR_TEXT, TextField.TYPE_NOT_STORED),
            Map.entry(Fields.TAG_TEXT, TextField.TYPE_NOT_STORED),
            Map.entry(Fields.CONFERENCE_TEXT, TextField.TYPE_NOT_STORED));

    private final Document document = new Document();
    /** The stemmed fields' analyzer for the page's language; null: the writer's (English), as before languages. */
    private final Analyzer stemmed;

    /** A document whose stemmed text is analysed with the writer's analyzer (English). */
    EntityDocument() {
        this(null);
    }

    /** A document whose stemmed text fields are analysed for the page language {@code lang}. */
    EntityDocument(String lang) {
        this.stemmed = lang == null || LanguageAnalyzers.isEnglish(lang) ? null : LanguageAnalyzers.stemmed(lang);
    }

    Document document() {
        // one pass over the fields, not one per scored field: every document of every page passes here
        Set<String> present = new HashSet<>();
        for (IndexableField field : document) {
            present.add(field.name());
        }
        SCORED_TEXT.forEach((field, type) -> {
            if (!present.contains(field)) {
                document.add(new Field(field, "", type));
            }
        });
        return document;
    }

    /** An exact, stored keyword. */
    EntityDocument keyword(String field, String value) {
        if (present(value)) {
            document.add(new StringField(field, value, Field.Store.YES));
        }
        return this;
    }

    /**
     * Binary doc values only, UTF-8: read back by the incremental build without decompressing the stored fields
     * (which hold the whole body) of every post.
     */
    EntityDocument cached(String field, String value) {
        if (present(value)) {
            document.add(new BinaryDocValuesField(field, new BytesRef(value)));
        }
        return this;
    }

    /** Binary doc values only, the bytes as they are. */
    EntityDocument cached(String field, byte[] value) {
        document.add(new BinaryDocValuesField(field, new BytesRef(value)));
        return this;
    }

    /** Stored only: shown with a hit, never searched. */
    EntityDocument stored(String field, String value) {
        if (present(value)) {
            document.add(new StoredField(field, value));
        }
        return this;
    }

    /** Every value stored only. */
    EntityDocument stored(String field, Collection<String> values) {
        values.forEach(value -> stored(field, value));
        return this;
    }

    /** English text with its unstemmed twin (and an optional prefix twin); the main field is stored for snippets. */
    EntityDocument text(String field, String exactField, String prefixField, String value) {
        if (!present(value)) {
            return this;
        }
        document.add(stemmedField(field, value, HIGHLIGHTED_TEXT));
        document.add(new TextField(exactField, value, Field.Store.NO));
        if (prefixField != null) {
            document.add(new TextField(prefixField, value, Field.Store.NO));
        }
        return this;
    }

    /** Searchable (stemmed in the page's language), not stored. */
    EntityDocument searchable(String field, String value) {
        if (present(value)) {
            document.add(stemmedField(field, value, TextField.TYPE_NOT_STORED));
        }
        return this;
    }

    private Field stemmedField(String field, String value, FieldType type) {
        return stemmed == null ? new Field(field, value, type) : new LanguageField(field, value, type, stemmed);
    }

    /** A facet value, and the same value as exact-analyzed text for {@code field:value} queries. */
    EntityDocument facet(String dim, String storedField, String textField, Collection<String> values) {
        values.stream().filter(EntityDocument::present).distinct().forEach(value -> {
            document.add(new SortedSetDocValuesFacetField(dim, value));
            if (storedField != null) {
                document.add(new StoredField(storedField, value));
            }
            if (textField != null) {
                document.add(new TextField(textField, value, Field.Store.NO));
            }
        });
        return this;
    }

    /**
     * The date as a range-searchable point, a sort key and a stored value, with the day the blog shows it on
     * ({@code day}) stored and its year the year facet.
     */
    EntityDocument date(Instant date, LocalDate day) {
        if (date == null) {
            return this;
        }
        long millis = date.toEpochMilli();
        document.add(new LongPoint(Fields.DATE, millis));
        document.add(new NumericDocValuesField(Fields.DATE, millis));
        document.add(new StoredField(Fields.DATE, millis));
        document.add(new StoredField(Fields.DATE_DAY, day.toString()));
        document.add(new SortedSetDocValuesFacetField(FacetDims.YEAR, Integer.toString(day.getYear())));
        return this;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
