package io.blogsearch.write.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;

/**
 * A text field analysed with its page's language analyzer instead of the writer's per-field one: documents of several
 * languages share the stemmed fields, each holding its own language's terms, and the value stays stored for snippets.
 */
final class LanguageField extends Field {

    private final Analyzer analyzer;

    LanguageField(String name, String value, FieldType type, Analyzer analyzer) {
        super(name, value, type);
        this.analyzer = analyzer;
    }

    /** The page language's analysis of the value; the writer's analyzer is ignored. */
    @Override
    public TokenStream tokenStream(Analyzer writerAnalyzer, TokenStream reuse) {
        return analyzer.tokenStream(name(), stringValue());
    }
}
